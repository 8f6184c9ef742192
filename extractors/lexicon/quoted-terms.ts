// Words around a quotation that make it a name, a title or a term rather than a claim:
// "the so-called “Safe Third Country” agreement", "known as “Remain in Mexico”", "a “safe haven”".

/** Phrases right before the opening mark that name rather than quote. */
export const NAMING_CUES: readonly string[] = [
  "so-called", "so called", "known as", "dubbed", "titled", "entitled", "nicknamed", "named", "termed",
  "labeled", "labelled", "labeled as", "labelled as", "branded", "branded as", "billed as", "called",
  "the term", "the terms", "the word", "the words", "the phrase", "the slogan", "the label", "the hashtag",
  "the motto", "the headline", "the title", "the song", "the book", "the film", "the show", "the album",
  "the programme", "the program", "the campaign",
];

/** Determiners right before the opening mark: "a “safe third country”" is a term. */
export const TERM_DETERMINERS: readonly string[] = [
  "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my",
];

/** Words after a closing mark that do not make the quote a modifier of a noun ("“…” and …"). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "and", "or", "but", "as", "to", "for", "in", "on", "at", "by", "with", "from", "of", "that", "which", "who",
  "he", "she", "they", "it", "we", "said", "says", "told", "is", "are", "was", "were", "be", "been", "has", "have",
  "had", "will", "would", "could", "can", "should", "may", "might", "must", "than", "because", "while", "when",
  "if", "so", "then", "into", "over", "after", "before", "about", "not", "do", "does", "did", "the", "a", "an",
]);
