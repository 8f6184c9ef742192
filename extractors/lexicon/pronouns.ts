// Pronouns that can stand for a speaker, and the few signals of a person's gender we trust:
// honorifics, gendered titles and common given names. Unknown stays unknown.

export type Gender = "male" | "female";

export interface PronounInfo {
  gender?: Gender;
  plural: boolean;
  /** "it" speaks for a body, not a person. */
  body?: boolean;
}

export const SPEAKER_PRONOUNS: ReadonlyMap<string, PronounInfo> = new Map<string, PronounInfo>([
  ["he", { gender: "male", plural: false }],
  ["she", { gender: "female", plural: false }],
  ["they", { plural: true }],
  ["it", { plural: false, body: true }],
  ["we", { plural: true }],
  ["i", { plural: false }],
]);

export const MALE_MARKERS: ReadonlySet<string> = new Set([
  "mr", "mr.", "sir", "lord", "king", "prince", "father", "brother", "spokesman", "chairman", "congressman",
  "husband", "son", "uncle", "duke", "monsignor", "msgr", "msgr.", "fr", "fr.",
]);
export const FEMALE_MARKERS: ReadonlySet<string> = new Set([
  "mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame", "lady", "queen", "princess", "sister", "spokeswoman",
  "chairwoman", "congresswoman", "wife", "daughter", "aunt", "duchess", "mother",
]);

// Common given names (English and Spanish-speaking world, a few others). A hint, not a rule.
export const FEMALE_NAMES: ReadonlySet<string> = new Set(
  ("mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty sandra ashley " +
    "kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen " +
    "amy shirley angela helen anna brenda pamela nicole samantha katherine emma ruth christine catherine debra rachel " +
    "carolyn janet virginia maria heather diane julie joyce victoria kelly christina joan evelyn lauren judith olivia " +
    "megan cheryl martha andrea frances hannah jacqueline ann gloria jean kathryn alice teresa sara janice doris " +
    "madison julia grace judy abigail marie denise beverly amber theresa marilyn danielle diana brittany natalie sophia " +
    "rose isabella alexis kayla charlotte alexandra claudia priscilla silvia sylvia carmen rosa ana lucia sofia " +
    "valentina camila daniela gabriela mariana fernanda paula adriana veronica patricia beatriz elena isabel " +
    "guadalupe juana margarita leticia yolanda alejandra xiomara nancy kamala hillary nancy ursula angela theresa " +
    "christine giorgia marine jacinda sanna kristalina michelle melania ivanka kristi tulsi nikki elise kirstjen " +
    "janet gina condoleezza madeleine susana dilma cristina michelle claudia sheinbaum karine hope kellyanne " +
    "liz nadia olga irina natalia svetlana yulia tatiana ingrid greta annalena")
    .split(/\s+/),
);
export const MALE_NAMES: ReadonlySet<string> = new Set(
  ("james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark " +
    "donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary " +
    "nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond " +
    "jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy " +
    "christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe " +
    "bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason " +
    "philip louis barack joe mike marco ted rand mitch chuck bernie alejandro nayib jimmy andres andrés manuel " +
    "carlos luis jorge miguel pedro alfredo ricardo fernando francisco javier rafael sergio eduardo enrique " +
    "oscar óscar hugo mauricio salvador alvaro álvaro jair lula emmanuel boris rishi keir olaf vladimir volodymyr " +
    "xi recep narendra justin benjamin tom tim jim bill bob ron rick dick al ben sam dan tony nick steve greg " +
    "stephen matt chris josh kirk mitt lindsey pete kash stephen tom marcos hernan hernán gustavo nicolas nicolás " +
    "daniel evo rodrigo ernesto felipe guillermo gerardo hector héctor ivan iván julio mario pablo raul raúl " +
    "ramon ramón roberto rolando rene rené ignacio joaquin joaquín leonel otto jimmy bernardo")
    .split(/\s+/),
);
