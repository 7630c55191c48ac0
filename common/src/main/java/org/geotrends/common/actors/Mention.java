package org.geotrends.common.actors;

/**
 * One actor found in a text.
 *
 * @param actorId       the actor
 * @param alias         the text as written in the article (original characters, {@code text.substring(start, end)})
 * @param matchKind     the kind of the alias that matched
 * @param start         offset of the first char in the original text
 * @param end           offset after the last char in the original text
 * @param sentenceIndex 0-based index of the sentence holding {@code start}
 * @param resolved      false only for dated aliases (office holders) in an undated text: the caller
 *                      cannot know whether the person held the office then
 */
public record Mention(
    String actorId,
    String alias,
    AliasKind matchKind,
    int start,
    int end,
    int sentenceIndex,
    boolean resolved) implements java.io.Serializable {
}
