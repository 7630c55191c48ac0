package org.geotrends.common.record;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Opens a zstd file (one frame or many, as {@code .warc.zst} stores one frame per record),
 * with the dictionary that the warc-zstd convention keeps in a skippable frame at the start.
 *
 * <p>Not through jwarc: in jwarc 0.36.0 a {@code WarcReader} over a zstd stream never sees its
 * end ({@code ZstdDecompressingChannel.read} returns 0 instead of -1 at end of input, and the
 * reader spins); zstd-jni, which jwarc uses too, reads the frames here.
 */
final class ZstdFiles {

  static final int FRAME_MAGIC = 0xFD2FB528;
  static final int DICTIONARY_MAGIC = 0x184D2A5D;

  private ZstdFiles() {
  }

  /** Whether {@code head} starts with a zstd frame or the warc-zstd dictionary frame. */
  static boolean isZstd(byte[] head, int length) {
    if (length < 4) {
      return false;
    }
    int magic = ByteBuffer.wrap(head, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    return magic == FRAME_MAGIC || magic == DICTIONARY_MAGIC;
  }

  /** The decompressed content of {@code in}, which starts at the file's first byte. */
  static InputStream open(BufferedInputStream in) throws IOException {
    in.mark(8);
    byte[] header = in.readNBytes(8);
    ByteBuffer b = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
    byte[] dictionary = null;
    if (header.length == 8 && b.getInt(0) == DICTIONARY_MAGIC) {
      int size = b.getInt(4);
      if (size < 0 || size > 64 << 20) {
        throw new IOException("zstd dictionary frame of " + size + " bytes");
      }
      dictionary = in.readNBytes(size);
      if (dictionary.length < size) {
        throw new EOFException("zstd dictionary frame cut short");
      }
      if (dictionary.length >= 4
          && ByteBuffer.wrap(dictionary, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() == FRAME_MAGIC) {
        long plain = Zstd.getFrameContentSize(dictionary);
        if (plain <= 0 || plain > 64 << 20) {
          throw new IOException("compressed zstd dictionary of unknown size");
        }
        dictionary = Zstd.decompress(dictionary, (int) plain);
      }
    } else {
      in.reset();
    }
    ZstdInputStream z = new ZstdInputStream(in);
    if (dictionary != null) {
      z.setDict(dictionary);
    }
    return z;
  }
}
