package org.geotrends.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.geotrends.jobs.io.UserError;
import org.junit.jupiter.api.Test;

class SplitSizeTest {

  @Test
  void readsSizesWithBinaryUnits() {
    assertEquals(256L * 1024 * 1024, IngestCommand.ReadOptions.splitBytes("256m"));
    assertEquals(2L * 1024 * 1024 * 1024, IngestCommand.ReadOptions.splitBytes("2G"));
    assertEquals(64 * 1024, IngestCommand.ReadOptions.splitBytes("64k"));
    assertEquals(1000, IngestCommand.ReadOptions.splitBytes("1000"));
    assertEquals(0, IngestCommand.ReadOptions.splitBytes("0"));
  }

  @Test
  void refusesWhatIsNoSize() {
    for (String bad : new String[] {"", "m", "-1m", "12x", "1.5g", "99999999999g"}) {
      assertThrows(UserError.class, () -> IngestCommand.ReadOptions.splitBytes(bad), bad);
    }
  }
}
