package org.geotrends.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The shuffle partitions a local run gets when the user set none. */
class SessionsTest {

  @Test
  void fourPerCoreOnALocalMaster() {
    assertEquals("8", Sessions.localShufflePartitions("local[*]", 2));
    assertEquals("8", Sessions.localShufflePartitions("local[2]", 2));
    assertEquals("64", Sessions.localShufflePartitions("local", 16));
    assertEquals("4", Sessions.localShufflePartitions("local[*]", 0));
  }

  @Test
  void sparksDefaultOnACluster() {
    assertNull(Sessions.localShufflePartitions("spark://master:7077", 2));
    assertNull(Sessions.localShufflePartitions("yarn", 2));
    assertNull(Sessions.localShufflePartitions("", 2));
  }
}
