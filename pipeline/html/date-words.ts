// Month names, as news pages write them in visible date lines, lower case and without a trailing dot, to month
// numbers: English, German, French, Spanish, Italian, Dutch, Portuguese; Turkish; Russian and Ukrainian in the
// genitive that follows a day number, "7 октября 2020"; Arabic in its Egyptian, Levantine and Maghrebi names; and,
// as the Unicode CLDR Gregorian calendars write them after a day number (format, wide, genitive where the language
// has one): Danish, Norwegian, Swedish, Finnish (partitive), Polish, Czech, Hungarian, Romanian, Indonesian,
// Greek, Bulgarian, Serbian (Latin and Cyrillic), Persian, Hindi and Bengali. Croatian is left out: its
// "listopada" is October where Polish "listopada" is November.
const NAMES: [number, string[]][] = [
  [1, ["january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "januari", "janeiro", "ocak", "января", "січня", "يناير", "كانون الثاني", "ianuarie", "stycznia", "ledna", "tammikuuta", "január", "ιανουαρίου", "януари", "јануар", "جانفي", "ژانویه", "जनवरी", "জানুয়ারি"]],
  [2, ["february", "feb", "febr", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "februari", "fevereiro", "fev", "şubat", "subat", "февраля", "лютого", "فبراير", "شباط", "februarie", "lutego", "února", "helmikuuta", "február", "φεβρουαρίου", "февруари", "фебруар", "فيفري", "فوریه", "फ़रवरी", "फरवरी", "ফেব্রুয়ারি"]],
  [3, ["march", "mar", "märz", "maerz", "mär", "mars", "marzo", "maart", "mrt", "março", "marco", "mart", "марта", "березня", "مارس", "آذار", "marts", "martie", "maret", "marca", "března", "maaliskuuta", "március", "μαρτίου", "март", "मार्च", "মার্চ"]],
  [4, ["april", "apr", "avril", "avr", "abril", "abr", "aprile", "nisan", "апреля", "квітня", "أبريل", "ابريل", "نيسان", "aprilie", "kwietnia", "dubna", "huhtikuuta", "április", "απριλίου", "април", "أفريل", "آوریل", "अप्रैल", "এপ্রিল"]],
  [5, ["may", "mai", "mayo", "maggio", "mag", "mei", "maio", "mayıs", "mayis", "мая", "травня", "مايو", "أيار", "maj", "maja", "května", "toukokuuta", "május", "μαΐου", "μαιου", "май", "мај", "ماي", "مه", "मई", "মে"]],
  [6, ["june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "haziran", "июня", "червня", "يونيو", "حزيران", "iunie", "czerwca", "června", "kesäkuuta", "június", "ιουνίου", "юни", "јун", "جوان", "يونيه", "ژوئن", "जून", "জুন"]],
  [7, ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "temmuz", "июля", "липня", "يوليو", "تموز", "iulie", "lipca", "července", "heinäkuuta", "július", "ιουλίου", "юли", "јул", "جويلية", "يوليه", "ژوئیه", "जुलाई", "জুলাই"]],
  [8, ["august", "aug", "août", "aout", "agosto", "ago", "augustus", "ağustos", "agustos", "августа", "серпня", "أغسطس", "آب", "augusti", "agustus", "avgust", "sierpnia", "srpna", "elokuuta", "augusztus", "αυγούστου", "август", "أوت", "اوت", "अगस्त", "আগস্ট"]],
  [9, ["september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro", "eylül", "eylul", "сентября", "вересня", "سبتمبر", "أيلول", "septembrie", "septembar", "września", "září", "syyskuuta", "szeptember", "σεπτεμβρίου", "септември", "септембар", "سپتامبر", "सितंबर", "सितम्बर", "সেপ্টেম্বর"]],
  [10, ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "ekim", "октября", "жовтня", "أكتوبر", "اكتوبر", "تشرين الأول", "octombrie", "oktobar", "października", "října", "lokakuuta", "október", "οκτωβρίου", "октомври", "октобар", "اکتبر", "अक्टूबर", "अक्तूबर", "অক্টোবর"]],
  [11, ["november", "nov", "novembre", "noviembre", "novembro", "kasım", "kasim", "ноября", "листопада", "نوفمبر", "تشرين الثاني", "noiembrie", "novembar", "nopember", "listopada", "listopadu", "marraskuuta", "νοεμβρίου", "ноември", "новембар", "نوامبر", "नवंबर", "नवम्बर", "নভেম্বর"]],
  [12, ["december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro", "aralık", "aralik", "декабря", "грудня", "ديسمبر", "كانون الأول", "desember", "decembrie", "decembar", "grudnia", "prosince", "joulukuuta", "δεκεμβρίου", "декември", "децембар", "دسامبر", "दिसंबर", "दिसम्बर", "ডিসেম্বর"]],
];

// More languages, as the Unicode CLDR 48 Gregorian calendars write their month names (format and stand-alone, wide,
// and abbreviated where four letters or more; Node's ICU 78 printed them): Catalan (after "de" or "d’"), Galician,
// Slovak, Slovenian, Croatian, Bosnian, Estonian, Albanian, Icelandic, Macedonian, Belarusian, Azerbaijani, Uzbek,
// Georgian, Armenian, Urdu, Malay, Filipino, Swahili, Vietnamese ("tháng 3"), Hebrew (also with the joined "ב", "23 במרץ"),
// Tamil, Marathi, Gujarati, Telugu, Punjabi, Kannada and Nepali. Only words no other language above gives another
// month; Croatian "listopad(a)", October, is left out for the reason above.
const CLDR_NAMES: [number, string[]][] = [
  [1, ["gener","xaneiro","januára","siječnja","siječanj","jaanuar","jaan","janar","janúar","јануари","студзеня","студзень","yanvar","იანვარი","հունվարի","հունվար","جنوری","tháng 1","thg 1","ינואר","בינואר","ஜனவரி","जानेवारी","जाने","જાન્યુઆરી","જાન્યુ","జనవరి","ਜਨਵਰੀ","ಜನವರಿ"]],
  [2, ["febrer","febreiro","februára","veljače","veljača","velj","veebruar","veebr","shkurt","febrúar","лютага","люты","fevral","თებერვალი","փետրվարի","փետրվար","فروری","pebrero","tháng 2","thg 2","פברואר","בפברואר","பிப்ரவரி","பிப்","फेब्रुवारी","फेब्रु","ફેબ્રુઆરી","ફેબ્રુ","ఫిబ్రవరి","ఫిబ్ర","ਫ਼ਰਵਰੀ","ಫೆಬ್ರವರಿ","ಫೆಬ್ರ","फेब्रुअरी"]],
  [3, ["març","marec","ožujka","ožujak","märts","сакавіка","сакавік","მარტი","մարտի","մարտ","مارچ","mac","marso","machi","tháng 3","thg 3","מרץ","במרץ","மார்ச்","மார்","માર્ચ","మార్చి","ਮਾਰਚ","ಮಾರ್ಚ್"]],
  [4, ["apríla","apríl","travnja","travanj","aprill","prill","красавіка","красавік","aprel","აპრილი","ապրիլի","ապրիլ","اپریل","aprili","tháng 4","thg 4","אפריל","באפריל","ஏப்ரல்","एप्रिल","एप्रि","એપ્રિલ","ఏప్రిల్","ఏప్రి","ਅਪ੍ਰੈਲ","ਅਪ੍ਰੈ","ಏಪ್ರಿಲ್","ಏಪ್ರಿ","अप्रिल"]],
  [5, ["maig","mája","máj","svibnja","svibanj","maí","მაისი","մայիսի","մայիս","مئی","tháng 5","thg 5","מאי","במאי"]],
  [6, ["juny","xuño","júna","jún","junij","lipnja","lipanj","juuni","qershor","júní","јуни","чэрвеня","чэрвень","iyun","ივნისი","հունիսի","հունիս","جون","hunyo","tháng 6","thg 6","יוני","ביוני","ஜூன்","જૂન","జూన్","ਜੂਨ","ಜೂನ್","जुन"]],
  [7, ["juliol","xullo","júla","júl","julij","srpnja","srpanj","juuli","korrik","korr","júlí","јули","ліпеня","ліпень","iyul","ივლისი","հուլիսի","հուլիս","جولائی","julai","hulyo","tháng 7","thg 7","יולי","ביולי","ஜூலை","जुलै","જુલાઈ","జులై","ਜੁਲਾਈ","ਜੁਲਾ","ಜುಲೈ"]],
  [8, ["agost","augusta","kolovoza","kolovoz","gusht","gush","ágúst","жніўня","жнівень","avqust","აგვისტო","օգոստոսի","օգոստոս","اگست","ogos","agosti","tháng 8","thg 8","אוגוסט","באוגוסט","ஆகஸ்ட்","ऑगस्ट","ઑગસ્ટ","ఆగస్టు","ਅਗਸਤ","ಆಗಸ್ಟ್","अगस्ट"]],
  [9, ["setembre","septembra","rujna","rujan","shtator","верасня","верасень","sentyabr","sentabr","სექტემბერი","սեպտեմբերի","սեպտեմբեր","ستمبر","setyembre","septemba","tháng 9","thg 9","ספטמבר","בספטמבר","செப்டம்பர்","செப்","सप्टेंबर","सप्टें","સપ્ટેમ્બર","સપ્ટે","సెప్టెంబర్","సెప్టెం","ਸਤੰਬਰ","ಸೆಪ್ಟೆಂಬರ್","ಸೆಪ್ಟೆಂ","सेप्टेम्बर"]],
  [10, ["októbra","oktoober","tetor","кастрычніка","кастрычнік","oktyabr","oktabr","ოქტომბერი","հոկտեմբերի","հոկտեմբեր","اکتوبر","oktubre","oktoba","tháng 10","thg 10","אוקטובר","באוקטובר","அக்டோபர்","ऑक्टोबर","ऑक्टो","ઑક્ટોબર","ઑક્ટો","అక్టోబర్","అక్టో","ਅਕਤੂਬਰ","ਅਕਤੂ","ಅಕ್ಟೋಬರ್","ಅಕ್ಟೋ","अक्टोबर"]],
  [11, ["novembra","studenoga","studeni","nëntor","nóvember","лістапада","лістапад","noyabr","ნოემბერი","նոյեմբերի","նոյեմբեր","نومبر","nobyembre","novemba","tháng 11","thg 11","נובמבר","בנובמבר","நவம்பர்","नोव्हेंबर","नोव्हें","નવેમ્બર","నవంబర్","ਨਵੰਬਰ","ನವೆಂಬರ್","ನವೆಂ","नोभेम्बर"]],
  [12, ["desembre","decembro","decembra","prosinca","prosinac","detsember","dets","dhjetor","снежня","снежань","dekabr","დეკემბერი","դեկտեմբերի","դեկտեմբեր","دسمبر","disember","disyembre","desemba","tháng 12","thg 12","דצמבר","בדצמבר","டிசம்பர்","डिसेंबर","डिसें","ડિસેમ્બર","ડિસે","డిసెంబర్","డిసెం","ਦਸੰਬਰ","ಡಿಸೆಂಬರ್","ಡಿಸೆಂ","डिसेम्बर"]],
];

export const MONTH_WORDS = new Map<string, number>([...NAMES, ...CLDR_NAMES].flatMap(([n, words]) => words.map((w) => [w, n] as [string, number])));

/** A regex alternation of every month word, longest first so "september" wins over "sep". */
export const MONTH_ALTERNATION = [...MONTH_WORDS.keys()].sort((a, b) => b.length - a.length).join("|");

/** Words that introduce the publication date in a visible line: "Published 18 Nov 2019". */
export const PUBLISHED_WORDS = [
  "published", "posted", "first published", "publication date", "date", "released", "veröffentlicht", "erschienen",
  "publié", "publie", "publicado", "pubblicato", "gepubliceerd", "written", "written on", "erstellt", "erstellt am",
  "datum", "publicación", "publicada", "pubblicazione",
  // the same in more of the languages whose months are read: Portuguese, Catalan, Romanian, Russian, Ukrainian,
  // Bulgarian, Polish, Czech, Slovak, Croatian, Serbian, Slovenian, Bosnian, Turkish, Indonesian, Malay, Danish,
  // Norwegian, Swedish, Finnish, Hungarian, Greek, Arabic, Persian, Hindi
  "publicado em", "publicat", "data publicării", "опубликовано", "дата публикации", "опубліковано", "дата публікації",
  "публикувано", "opublikowano", "data publikacji", "publikováno", "zveřejněno", "publikované", "objavljeno", "објављено",
  "yayınlanma", "yayınlanma tarihi", "yayın tarihi", "diterbitkan", "dipublikasikan", "diterbitkan pada", "udgivet",
  "publiceret", "publisert", "publicerad", "julkaistu", "közzétéve", "publikálva", "δημοσιεύθηκε", "δημοσίευση",
  "تاريخ النشر", "نشر في", "منتشر شده", "प्रकाशित",
];

/** Words that introduce a later change: the modified date, not the published one. */
export const UPDATED_WORDS = [
  "updated", "last updated", "modified", "last modified", "aktualisiert", "mis à jour", "actualizado", "aggiornato", "bijgewerkt",
  "atualizado", "atualizado em", "actualitzat", "actualizat", "обновлено", "оновлено", "обновено", "zaktualizowano",
  "aktualizováno", "aktualizované", "ažurirano", "ажурирано", "posodobljeno", "güncelleme", "güncellendi", "son güncelleme",
  "diperbarui", "opdateret", "oppdatert", "uppdaterad", "päivitetty", "frissítve", "ενημερώθηκε", "تم التحديث",
];

/**
 * Weekday names of the languages above, as the Unicode CLDR 48 calendars write them (wide, and abbreviated where four
 * letters or more in Latin script), lower case and split into words ("terça-feira", "יום שני", "thứ hai"); the
 * English, German, French and Spanish ones are written out in DATE_LINE_WORDS.
 */
const CLDR_WEEKDAYS = [
  "domenica", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "zondag", "maandag", "dinsdag",
  "woensdag", "donderdag", "vrijdag", "zaterdag", "segunda", "feira", "terça", "quarta", "quinta", "sexta", "pazar",
  "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "воскресенье", "понедельник", "вторник", "среда",
  "четверг", "пятница", "суббота", "неділя", "понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота",
  "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "søndag", "mandag", "tirsdag", "onsdag",
  "torsdag", "fredag", "lørdag", "tirs", "tors", "söndag", "måndag", "tisdag", "lördag", "sunnuntai", "maanantai",
  "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "niedziela", "poniedziałek", "wtorek", "środa",
  "czwartek", "piątek", "sobota", "niedz", "neděle", "pondělí", "úterý", "středa", "čtvrtek", "pátek", "vasárnap",
  "hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "duminică", "luni", "marți", "miercuri", "joi",
  "vineri", "sâmbătă", "minggu", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "κυριακή", "δευτέρα", "τρίτη",
  "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυρ", "δευ", "τρί", "τετ", "πέμ", "παρ", "σάβ", "неделя",
  "понеделник", "сряда", "четвъртък", "петък", "събота", "недеља", "понедељак", "уторак", "четвртак", "петак", "нед",
  "пон", "уто", "сре", "чет", "пет", "суб", "nedelja", "ponedeljak", "utorak", "sreda", "četvrtak", "petak",
  "subota", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "रविवार", "सोमवार", "मंगलवार",
  "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रवि", "सोम", "मंगल", "बुध", "गुरु", "शुक्र", "शनि", "রবিবার", "সোমবার",
  "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবি", "সোম", "মঙ্গল", "বুধ", "বৃহস্পতি", "শুক্র",
  "শনি", "diumenge", "dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "luns", "mércores",
  "xoves", "venres", "nedeľa", "pondelok", "utorok", "streda", "štvrtok", "piatok", "ponedeljek", "torek", "četrtek",
  "petek", "nedjelja", "ponedjeljak", "srijeda", "pühapäev", "esmaspäev", "teisipäev", "kolmapäev", "neljapäev",
  "reede", "laupäev", "diel", "hënë", "martë", "mërkurë", "enjte", "premte", "shtunë", "sunnudagur", "mánudagur",
  "þriðjudagur", "miðvikudagur", "fimmtudagur", "föstudagur", "laugardagur", "недела", "четврток", "петок", "сабота",
  "вто", "саб", "нядзеля", "панядзелак", "аўторак", "серада", "чацвер", "пятніца", "bazar", "ertəsi", "çərşənbə",
  "axşamı", "cümə", "şənbə", "yakshanba", "dushanba", "seshanba", "chorshanba", "payshanba", "juma", "shanba",
  "dush", "sesh", "chor", "shan", "კვირა", "ორშაბათი", "სამშაბათი", "ოთხშაბათი", "ხუთშაბათი", "პარასკევი", "შაბათი",
  "კვი", "ორშ", "სამ", "ოთხ", "ხუთ", "პარ", "შაბ", "կիրակի", "երկուշաբթի", "երեքշաբթի", "չորեքշաբթի", "հինգշաբթի",
  "ուրբաթ", "շաբաթ", "կիր", "երկ", "երք", "չրք", "հնգ", "ուր", "շբթ", "اتوار", "پیر", "منگل", "بدھ", "جمعرات",
  "جمعہ", "ہفتہ", "ahad", "isnin", "khamis", "jumaat", "linggo", "miyerkules", "huwebes", "biyernes", "sabado",
  "jumapili", "jumatatu", "jumanne", "jumatano", "alhamisi", "ijumaa", "jumamosi", "chủ", "nhật", "thứ", "hai", "ba",
  "tư", "năm", "sáu", "bảy", "יום", "ראשון", "שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת", "ஞாயிறு", "திங்கள்",
  "செவ்வாய்", "புதன்", "வியாழன்", "வெள்ளி", "சனி", "ஞாயி", "திங்", "செவ்", "புத", "வியா", "வெள்", "मंगळवार", "मंगळ",
  "રવિવાર", "સોમવાર", "મંગળવાર", "બુધવાર", "ગુરુવાર", "શુક્રવાર", "શનિવાર", "રવિ", "સોમ", "મંગળ", "બુધ", "ગુરુ",
  "શુક્ર", "શનિ", "ఆదివారం", "సోమవారం", "మంగళవారం", "బుధవారం", "గురువారం", "శుక్రవారం", "శనివారం", "ఆది", "సోమ",
  "మంగళ", "బుధ", "గురు", "శుక్ర", "శని", "ਐਤਵਾਰ", "ਸੋਮਵਾਰ", "ਮੰਗਲਵਾਰ", "ਬੁੱਧਵਾਰ", "ਵੀਰਵਾਰ", "ਸ਼ੁੱਕਰਵਾਰ", "ਸ਼ਨੀਵਾਰ",
  "ਸੋਮ", "ਮੰਗਲ", "ਬੁੱਧ", "ਵੀਰ", "ਸ਼ੁੱਕਰ", "ਸ਼ਨੀ", "ಭಾನುವಾರ", "ಸೋಮವಾರ", "ಮಂಗಳವಾರ", "ಬುಧವಾರ", "ಗುರುವಾರ", "ಶುಕ್ರವಾರ",
  "ಶನಿವಾರ", "ಭಾನು", "ಸೋಮ", "ಮಂಗಳ", "ಬುಧ", "ಗುರು", "ಶುಕ್ರ", "ಶನಿ", "आइतबार", "सोमबार", "मङ्गलबार", "बुधबार",
  "बिहिबार", "शुक्रबार", "शनिबार", "आइत", "मङ्गल", "बिहि",
  "п'ятниця", "п’ятниця",
];

/** Words a line may hold besides its date and still be only a date line: lead words, weekdays, "on", "at". */
export const DATE_LINE_WORDS = new Set([
  ...PUBLISHED_WORDS.flatMap((w) => w.split(" ")), ...UPDATED_WORDS.flatMap((w) => w.split(" ")),
  "on", "at", "am", "um", "le", "à", "de", "del", "el", "il", "op", "the", "time", "last", "first", "originally", "date",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
  "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
  "uhr", "h", "hrs", "et", "pt", "ct", "mt",
  ...CLDR_WEEKDAYS,
  // "on" and "at" in other languages ("publicado em 23/03/2020 às 14h35", "в 14:35", "klo 14.35"), and the word for
  // year after it ("23 марта 2020 г.", "23 березня 2020 р.", "23. ožujka 2020. godine")
  "em", "às", "în", "в", "о", "у", "kl", "klo", "kello", "saat", "pukul", "г", "р", "god", "godine",
]);
