// Common given names across cultures (English, Spanish and Portuguese, French, Italian, German,
// Dutch and Nordic, Slavic, Greek, Arabic and Persian, Turkish, South and East Asian, African),
// as data. A capitalized word that is a given name followed by another capitalized word is a
// person ("Silvia Martinez"); the list also gives a pronoun hint for coreference.
// Names used by both sexes are in UNISEX and give no hint.
// A star marks the common given names readers know as such ("*john", "*joan"): name matching across articles
// (pipeline/names.ts) reads two names that differ only in two of them as two people, never one misspelt.

const MALE = `
*aaron abbas abdel abdul abdullah abdulrahman abel abraham abu *adam adel adnan adolfo *adrian adriano afonso agustin
ahmad *ahmed aidan akira alain *alan alberto *albert albrecht alejandro aleksandar aleksander aleksandr alessandro
*alex *alexander alexandre alexei alexis alfonso *alfred alfredo *ali alistair allan alonso alvaro amir amit anand
anders *andre *andrea andreas andrei andres *andrew andrzej andy angel *angelo anibal *anthony antoine anton *antonio
anwar armando arnaud arnold *arthur arturo ashok augusto aurelio axel ayman aziz baltasar barack bart bashar
bastian *ben benedict benito *benjamin *bernard bernardo bert *bill billy bjorn *bob bogdan *boris boyko *brad bradley
brandon brendan *brian *bruce bruno bryan byron caleb camilo *carl carlo *carlos carsten cesar *charles *charlie *chris
*christian christoph *christopher christophe cesare claude claus clement colin conor constantin cristian cristiano
cyril dale damian *dan *daniel danilo dario darius dave *david *dean declan dejan denis *dennis derek diego dieter
dimitri dimitris dirk dmitry domingo dominic dominik don *donald *doug *douglas duncan dusan dwight eamon edgar
edi eduardo edmund edouard *edward edwin efrain ehud elias elijah emil emilio emmanuel emmerson enrico enrique
*eric erik ernesto ernst esteban ethan eugene *evan evo fabian fabio facundo faisal farid farouk federico
felipe felix fernando filip florian francesco francis francisco franco *frank franz *fred frederick fumio gabriel
gareth *gary gavin gennaro *george georg georgios *gerald gerard gerhard giacomo gianni gilbert gilberto giorgio
giovanni giuseppe gonzalo *gordon graham *greg *gregory guido guillaume guillermo gustavo guy hamid hans *harold
*harry hassan hector heinrich helmut henri henrique *henry herbert heriberto hernan horst hugo humberto hussein
*ian ibrahim ignacio igor ilya imran isaac ismael ivan *jack *jacob jacques jaime jake *james jan janez jared javier
*jean *jeff *jeffrey jens *jeremy jerome *jerry jesus *jim *jimmy joachim joao joaquin *joe *joel johan johannes *john
*johnny *jon *jonathan jordi jorge *jose josef *joseph *josh *joshua *juan *julian julio jurgen *justin kai kamal karim
karl keir kemal *ken *kenneth *kevin khaled khalid *kim klaus kofi konrad kostas kurt kwame *kyle lars laszlo lazaro
*lee lenin *leo *leon leonardo leonel leopoldo liam lionel lorenzo *louis luc luca *lucas luigi *luis luiz lukas
*luke lula magnus mahmoud malik manuel marc marcel marcelo marco marcos marcus *mario *mark marko *martin martín
mateo matteo *matthew matthias mauricio maurice mauro max maxim maximilian mehmet *michael michel miguel mikhail
*mike milan miroslav mitch mitt mohamed mohammad mohammed moises moritz muhammad murat mustafa nabil narendra
nasser *nathan nayib *neil nelson nestor niall *nicholas *nick nicolas nicolás nikita nikola nikolai nikos *noah
norbert octavio olaf oleg *oliver *omar orlando oscar osvaldo otto pablo paolo pascal *patrick *paul paulo pavel
pedro per *peter petr petro *phil *philip philippe pierre piotr pranab rafael rahul raj *ralph ramiro ramon randy
raul *ray *raymond reinaldo remi rene ricardo *richard *rick *rishi *rob *robert *roberto rodolfo rodrigo *roger roland
rolando roman romano *ron *ronald ruben rudolf rudy rui rustam *ryan said salvador *sam samir *samuel sandro santiago
sasha *scott *sean sebastian sebastián serge sergei *sergio seth shinzo shmuel silvio *simon stefan stefano *stephen
*steve *steven sven tariq *ted theo theodore *thomas *tim *timothy tobias *todd *tom tomas tomás tommy *tony *tyler umberto
uwe valentin valery vasile *victor vijay viktor *vincent vincenzo vitaly vladimir volker volodymyr *walter *wayne
werner wilfredo will *william willy wolfgang xavier xi yair yasser yevgeny yoshihide youssef yuri yusuf *zach
zachary zbigniew zoltan alejo anselmo armin ashraf bernd boaz cem cyrus danny dwayne elon emeka enzo ezra fidel
gustav hakan hiroshi ismail jair javed jin juergen kazuo kiril laurent lech lorne mateusz mehdi nawaz ousmane
pietro rahm reza sadiq salman shehbaz shigeru takeshi tayyip ulf viktor vuk yoav yoon zoran
`;

const FEMALE = `
abigail ada adela adriana agnes agnieszka aisha alejandra alessandra *alexandra *alice *alicia alina alison amal
*amanda amber amelia *amy *ana anastasia *andrea *angela angelica angelina angie anita *ann *anna annalena *anne *annie
antonella antonia ariana ashley astrid aung *barbara beata beatrice beatriz belen bernadette *betty beverly bianca
brenda bridget brigitte camila *carla carmen *carol carolina *caroline catalina *catherine cecilia celia charlotte
chloe *christina *christine cindy *claire clara *claudia colette consuelo cristina cynthia daniela daphne *deborah
delcy denise *diana dilma dolores dominique *donna dora doris dorothy edith *elena eleni elisa elisabeth *elizabeth
ella *ellen elsa elvira *emily *emma erika esperanza esther *eva evelyn fatima fernanda flor florence francesca
francoise frida gabriela gabrielle *gina *giorgia gisela gloria *grace graciela greta guadalupe hanna *hannah harriet
heather heidi *helen helena hilary *hillary ida ilse imelda ines ingrid irene iris *isabel isabella isabelle ivanka
jacinda jacqueline *jane *janet janice jasmine *jennifer *jessica *jill *joan joanna johanna josefina josephine joyce
juana judith *julia juliana *julie juliette justine *karen karin karina *kate *katherine *kathleen *kathy katie katja
*kelly kirsten kristi kristen kristina kristi *laura *lauren leila lena leticia liliana *linda *lisa liz liza lorena
lucia luciana lucy luisa lydia magdalena *maria mariana maribel *marie marina marine marisol marta martha *mary
*maya *megan *melania melanie mercedes mette *michelle mila milagros miriam monica nadia *nancy natalia *natalie
natasha nicola *nicole nina noemi nora olga *olivia paloma *pamela paola *patricia *paula pauline penny petra priscilla
*rachel raquel *rebecca renata rita roberta rosa rosalind rosario *rose *ruth sabine sabrina samantha *sandra *sara
*sarah silvia simone sofia sonia sophia sophie stella stephanie *susan susana suzanne svetlana sylvia tamara
tania tatiana *teresa theresa *tina ulrike ursula valentina valeria vanessa veronica *victoria viviana wendy
xiomara yolanda *yvette zoe zulma alba amparo blanca daisy dina elsie fiona gretchen janina jovita kamala kristi
lourdes luz margarita margaret marjorie mia mirta nayeli nidia noelia ofelia ornella paulina reyna rocio
sadia samira sana shirin soraya susanne ximena yasmin yesenia zainab liz *suella *priti *yvette kristalina *nancy
`;

const UNISEX = `
*alex ariel casey *charlie dana devon eden francis *jean *jesse *jordan *kim leslie lindsey morgan noa *pat quinn
*robin *sam sasha shannon taylor *terry toni tracy yael *andrea nicola
`;

// Common given names that are also everyday words or surnames ("hunter", "earl", "sharon", "howard"): name
// matching knows them as given names, the extractors do not read a capitalized one as a name on that account.
const COMMON_WORDS_TOO = `
*barry *beth *bobby *craig *danielle *diane *earl *ed *erica *howard *hunter *jason *judy *keith *larry *louise
*matt *melissa *norman *pam *roy *russell *sharon *sue
`;

/** The names of a list, without their stars. */
const words = (s: string) => s.split(/\s+/).filter((w) => w).map((w) => w.replace(/^\*/, ""));
const starred = (s: string) => s.split(/\s+/).filter((w) => w.startsWith("*")).map((w) => w.slice(1));

const unisex = new Set(words(UNISEX));

/**
 * The common given names (starred above): two names that differ only in a given name, where both are common
 * ones ("John" / "Joan", "Joe" / "Hunter"), are two people, never one misspelt.
 */
export const COMMON_GIVEN_NAMES: ReadonlySet<string> = new Set([MALE, FEMALE, UNISEX, COMMON_WORDS_TOO].flatMap(starred));

/** Given name (lowercase, accents kept as written in the list) → the pronoun it suggests, or null. */
export const GIVEN_NAMES: ReadonlyMap<string, "he" | "she" | null> = (() => {
  const m = new Map<string, "he" | "she" | null>();
  for (const w of words(MALE)) m.set(w, unisex.has(w) ? null : "he");
  for (const w of words(FEMALE)) m.set(w, unisex.has(w) || m.get(w) === "he" ? null : "she");
  for (const w of unisex) m.set(w, null);
  return m;
})();

/**
 * Family names that open a name in East Asian order ("Wang Donghai", "Kim Young-sam", "Nguyen Van An"): the most
 * common Chinese (the Hundred Family Surnames' most frequent), Korean and Vietnamese ones in their usual
 * romanisation. Names that are also English words or dynasties ("Song", "Tang", "Park", "Moon", "Han") are left out.
 */
export const EAST_ASIAN_FAMILY_NAMES: ReadonlySet<string> = new Set(words(`
wang zhang liu chen yang huang zhao zhou xu wu li zhu guo lin gao luo zheng liang xie deng cao peng zeng xiao tian
yuan cai jiang cheng wei ren yao shen zhong cui liao shi jin jia xia fang zou xiong meng qiu hou yin xue yan duan lei
shao qian sun hu lu yu
choi jung kang cho yoon jang lim seo shin kwon hwang ahn jeon baek
nguyen tran pham hoang huynh phan vu dang bui ngo duong
`));
