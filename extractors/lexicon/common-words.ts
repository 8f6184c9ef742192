// Everyday English words that open sentences and headlines capitalized but name nobody:
// "Advocates already criticized …", "Hours after …", "Currently, …". A capitalized word from
// this list at the start of a sentence is not a name unless the article also writes it
// capitalized in mid-sentence. Function words here are never names anywhere ("authorities To deport").

/** Function words: determiners, pronouns, prepositions, conjunctions, auxiliaries. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a an the this that these those there here it its it's he she his her hers him they them their theirs we us our
  ours you your yours i me my mine who whom whose which what when where why how whether if unless because although
  though while whilst as at by for from in into of off on onto out over under up upon with within without to too
  and or but nor so yet not no yes all any both each either neither every few many more most much none some such
  own same other another than then thus also just only even still already again ever never always often sometimes
  perhaps maybe very quite rather about above across after against along amid among around before behind below
  beneath beside besides between beyond despite during except inside outside since through throughout toward towards
  until unlike via is are was were be been being am do does did done have has had having can could may might must
  shall should will would let lets let's one ones once twice first second third last next new old said says say
  meanwhile however therefore moreover furthermore instead otherwise nonetheless nevertheless indeed overall
  according regarding including following per`.split(/\s+/),
);

/** Content words that news writes capitalized at the start of sentences, captions and headlines. */
export const COMMON_CAPITALIZED: ReadonlySet<string> = new Set(
  `advocates officials authorities critics experts lawmakers leaders migrants immigrants refugees asylum seekers
  people police protesters residents sources supporters opponents analysts observers members representatives
  republicans democrats families children women men hundreds thousands dozens millions hours days weeks months years
  minutes today yesterday tomorrow tonight now currently recently earlier later soon finally still already ultimately
  eventually previously additionally separately similarly likewise specifically notably importantly clearly
  military federal national international government administration agreement deal plan policy law rule court
  judge president minister secretary ambassador governor senator spokesman spokeswoman spokesperson report reports
  reporting update updated breaking watch read related photo photos video videos image images file editor note
  editors notes advertisement sponsored share tweet email print comments comment subscribe sign log home news world
  politics business opinion sports health science technology culture travel live latest top more less most least
  several certain various numerous some many few under over after before during since while when where if though
  although despite because as long-standing spread love thank thanks welcome please click follow join learn find
  see get make take give keep use try ask tell call help show watch listen stop start begin end continue consider
  asked told called meanwhile elsewhere overall instead rather yes no not nobody somebody someone anyone everyone
  everything nothing something anything each every another other others both either neither none all any most
  one two three four five six seven eight nine ten eleven twelve twenty thirty hundred thousand million billion
  dozen half third fourth fifth dear mr mrs ms dr military aircraft troops soldiers agents agencies border borders
  security safety immigration migration deportation deportations detention asylum citizens citizenship voters
  votes election elections campaign economy trade tariffs taxes budget congress`.split(/\s+/),
);

/** Acronyms and short words for roles and things, never names: "president and CEO of …". */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  `ceo cfo coo cto cio phd md tv pc ram cpu gpu usb usb-c hdmi fps ssd hdd led lcd oled wi-fi wifi vr ar api app apps url html css sms gps dna gdp ai covid covid-19 faq pdf ok id pm am bc ad q&a lgbt lgbtq diy vip
  hindu hindus sikh sikhs muslim muslims christian christians jewish jew jews catholic catholics protestant buddhist
  islamic arab arabs kurdish kurds latino latinos latina latinas hispanic hispanics evangelical evangelicals
  god allah internet web olympics nazi nazis fascist communist communists democrat democrats democratic
  republican republicans conservatives liberals socialists progressives euro euros brexit nobel amendment paralympics christmas easter ramadan diwali eid hanukkah thanksgiving halloween`.split(/\s+/),
);
