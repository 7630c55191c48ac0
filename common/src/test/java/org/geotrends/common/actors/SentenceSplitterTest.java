package org.geotrends.common.actors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  @Test
  void splitsAsTheMatcherCountsSentences() {
    String text = "Der Minister bzw. sein Sprecher traf Russland. Danach sprach er mit der Türkei.\n\nEnde";
    int[] starts = SentenceSplitter.defaults().starts(text, "de");
    assertArrayEquals(new int[] {0, text.indexOf("Danach"), text.indexOf("Ende")}, starts);
    List<Mention> mentions = new ActorMatcher(Gazetteer.defaults()).match(text, null, "de");
    Mention turkey = mentions.stream().filter(m -> m.actorId().equals("TUR")).findFirst().orElseThrow();
    assertEquals(1, turkey.sentenceIndex());
  }
}
