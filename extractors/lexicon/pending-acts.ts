// Words that make an agreement act pending or announced, not done, in the words of one event:
// "initiated the process to terminate", "gave notice of its withdrawal", "will be terminated after a
// six-month notice period", "plans to suspend". Such a statement asserts no state of the agreement yet.
export const PENDING_ACT_WORDS: readonly RegExp[] = [
  // "initiated the process to terminate", "began formal proceedings to leave", "launched the procedure for withdrawal"
  /\b(?:initiat|began|begun|begin|start|launch|open|trigger)\w*\s+(?:the\s+|a\s+)?(?:formal\s+|legal\s+)?(?:process|procedure|proceedings|steps)\s+(?:to|of|for)\b/i,
  // "gave notice of its withdrawal", "notice to terminate"
  /\b(?:gave|give|gives|giving|served|filed|sent)\s+(?:formal\s+|its\s+|a\s+)*notice\b/i,
  /\bnotice\s+(?:of\s+(?:its\s+|their\s+)?(?:withdrawal|termination|exit)|to\s+(?:terminate|withdraw|leave|end))\b/i,
  // "plans to suspend", "moved to end", "intends to withdraw", "threatened to leave", "set to terminate"
  /\b(?:plan|plans|planned|planning|move|moves|moved|intend|intends|intended|seek|seeks|sought|threaten|threatens|threatened|vow|vows|vowed|set|is\s+to|are\s+to|was\s+to|were\s+to)\s+(?:be\s+)?(?:to\s+)?(?:terminat|suspend|withdraw|leave|end|scrap|quit|exit|pull)\w*/i,
  // "will be terminated", "would withdraw", "is going to leave"
  /\b(?:will|would|shall|going\s+to)\s+(?:be\s+)?(?:terminat|suspend|withdraw|leave|end|scrap|quit|exit|pull|take\s+effect|enter)\w*/i,
];

/** True when the words of an event describe an act begun, planned or announced rather than done. */
export const isPendingAct = (words: string) => PENDING_ACT_WORDS.some((re) => re.test(words));
