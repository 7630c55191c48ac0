package org.geotrends.common.record;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * Streams a JSON document that is a crawl export: an array of article objects, each a
 * {@link Page} at the byte offset where it starts, or one (pretty-printed) article object. A
 * document whose first value is not article data (a {@code package.json}, a list of numbers,
 * a config file) is not a crawl file: one {@link Skip} for the whole file. An element of an
 * export that is not an article object is rejected as {@link RejectReason#MALFORMED_JSON};
 * a syntax error ends the file with one rejection, as JSON has no record boundary to resume at.
 */
final class JsonDocumentReader extends PrefetchingRecordIterator {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final InputStream in;
  private final String file;
  private final ReadLimits limits;
  private JsonParser parser;
  private boolean array;
  private boolean first = true;

  JsonDocumentReader(InputStream in, String file, ReadLimits limits) {
    this.in = in;
    this.file = file;
    this.limits = limits;
  }

  @Override
  protected ReadResult readNext() {
    long offset = 0;
    try {
      if (parser == null) {
        parser = JSON.getFactory().createParser(in);
        JsonToken root = parser.nextToken();
        array = root == JsonToken.START_ARRAY;
        if (array) {
          parser.nextToken();
        }
      }
      offset = Math.max(0, parser.currentTokenLocation().getByteOffset());
      JsonToken token = parser.currentToken();
      if (token == null || array && token == JsonToken.END_ARRAY) {
        finish();
        return first ? notACrawlFile() : null;
      }
      JsonNode node = parser.readValueAsTree();
      parser.nextToken();
      if (!array) {
        finish();
      }
      boolean wasFirst = first;
      first = false;
      SourceRef source = new SourceRef(file, offset, InputFormat.JSON);
      if (!JsonArticleKeys.isArticle(node)) {
        if (wasFirst) {
          finish();
          return notACrawlFile();
        }
        return new Rejection(source, null, RejectReason.MALFORMED_JSON,
            "element of the export is not an article object: " + node.getNodeType());
      }
      byte[] bytes = JSON.writeValueAsBytes(node);
      if (bytes.length > limits.maxPageBytes()) {
        return new Rejection(source, null, RejectReason.TOO_LARGE,
            "JSON object larger than " + limits.maxPageBytes() + " bytes");
      }
      return new Page(source, null, null, "application/json", "UTF-8", bytes);
    } catch (JsonEOFException e) {
      finish();
      return new Rejection(new SourceRef(file, offset, InputFormat.JSON),
          null, RejectReason.TRUNCATED, "the JSON document ends early: " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      finish();
      return first ? notACrawlFile() : new Rejection(new SourceRef(file, offset, InputFormat.JSON),
          null, RejectReason.MALFORMED_JSON, e.getOriginalMessage());
    } catch (IOException | RuntimeException e) {
      finish();
      return new Rejection(new SourceRef(file, offset, InputFormat.JSON), null,
          e instanceof java.io.EOFException || e instanceof java.util.zip.ZipException
              ? RejectReason.TRUNCATED : RejectReason.UNREADABLE, e.toString());
    }
  }

  private Skip notACrawlFile() {
    first = false;
    return new Skip(new SourceRef(file, 0, InputFormat.JSON), SkipType.NOT_A_CRAWL_FILE);
  }

  @Override
  public void close() throws IOException {
    finish();
    if (parser != null) {
      parser.close();
    }
    in.close();
  }
}
