package org.geotrends.common.actors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads JSON actor files. Separate from {@link GazetteerFiles} so that the defaults (CSV) load
 * without Jackson on the class path (Jackson is provided by Spark, not shipped).
 */
final class GazetteerJson {
  private GazetteerJson() {
  }

  /** Adds the actors of a JSON actor file (an array of actor objects) to {@code into}. */
  static GazetteerFiles.Entries read(InputStream in, String source, GazetteerFiles.Entries into) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    try (JsonParser p = mapper.getFactory().createParser(in)) {
      JsonToken t = p.nextToken();
      if (t == JsonToken.START_OBJECT) {
        // also accept {"actors": [...]}
        while (p.nextToken() == JsonToken.FIELD_NAME && !"actors".equals(p.currentName())) {
          p.nextToken();
          p.skipChildren();
        }
        t = p.nextToken();
      }
      if (t != JsonToken.START_ARRAY) {
        throw new IllegalArgumentException(source + " line " + p.currentLocation().getLineNr()
            + ": expected an array of actors (or {\"actors\": [...]})");
      }
      while (p.nextToken() == JsonToken.START_OBJECT) {
        String where = source + " line " + p.currentLocation().getLineNr();
        JsonNode actor = mapper.readTree(p);
        readJsonActor(actor, where, into);
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(source + " line " + e.getLocation().getLineNr() + ": "
          + e.getOriginalMessage(), e);
    }
    return into;
  }

  private static void readJsonActor(JsonNode actor, String where, GazetteerFiles.Entries into) {
    String id = text(actor, "id", where);
    String name = text(actor, "name", where);
    String kind = text(actor, "kind", where);
    JsonNode aliases = actor.get("aliases");
    if (aliases == null || !aliases.isArray() || aliases.isEmpty()) {
      throw new IllegalArgumentException(where + ": actor " + id + " needs a non-empty \"aliases\" array");
    }
    for (JsonNode a : aliases) {
      if (a.isTextual()) {
        into.add(id, name, kind, text(actor, "alias_kind", where), text(actor, "language", where),
            List.of(a.asText()), null, null, null, where);
      } else if (a.isObject()) {
        String aliasKind = text(a, "kind", where);
        into.add(id, name, kind, aliasKind != null ? aliasKind : text(actor, "alias_kind", where),
            text(a, "language", where) != null ? text(a, "language", where) : text(actor, "language", where),
            List.of(requireText(a, "text", where)), text(a, "valid_from", where), text(a, "valid_to", where),
            text(a, "case", where), where);
      } else {
        throw new IllegalArgumentException(where + ": an alias is a string or an object with \"text\"");
      }
    }
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException(where + ": \"" + field + "\" must be a string");
    }
    return v.asText().isBlank() ? null : v.asText().strip();
  }

  private static String requireText(JsonNode node, String field, String where) {
    String v = text(node, field, where);
    if (v == null) {
      throw new IllegalArgumentException(where + ": missing \"" + field + "\"");
    }
    return v;
  }

}
