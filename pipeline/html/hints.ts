// Word lists for reading a news page, kept apart from the logic that uses them.
// Class and id values are split into lower-case words first ("relatedStories" → related,
// stories; "article-body" → article, body), and the words are looked up here.

/** Elements whose text is never article text. */
export const JUNK_TAGS = [
  "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
  "video", "audio", "source", "track", "map", "button", "input", "select",
  "option", "textarea", "label", "link", "meta", "head", "title", "dialog",
];

/** Page furniture by element name: removed unless it holds most of the page's prose. */
export const FURNITURE_TAGS = ["nav", "aside", "footer", "header", "menu"];

/** Block-level elements: each one starts and ends a paragraph of the extracted text. */
export const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
  "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
  "tfoot", "th", "thead", "tr", "ul", "caption", "amp-img", "amp-carousel",
]);

/** Words in a class or id that mark page furniture wherever they appear. */
export const STRONG_NEGATIVE_WORDS = new Set([
  "comment", "comments", "commentlist", "disqus", "respond", "replies", "reply", "cookie", "cookies", "consent",
  "gdpr", "newsletter", "newsletters", "subscribe", "subscription", "signup", "share", "sharing", "sharebar",
  "shares", "social", "socials", "sociallinks", "related", "recommended", "recommendations", "recirc",
  "recirculation", "outbrain", "taboola", "promo", "promos", "promotion", "sponsor", "sponsored", "advert",
  "advertisement", "advertising", "ad", "ads", "adslot", "adunit", "dfp", "gpt", "breadcrumb",
  "breadcrumbs", "pagination", "pager", "popup", "modal", "overlay", "nav", "navbar", "navigation", "menu",
  "sidebar", "footer", "trending", "popular", "mostread", "mostpopular", "masthead", "toolbar", "tools",
  "rss", "login", "signin", "register", "banner", "skyscraper", "print", "follow",
  "jumplinks", "toc", "readmore", "moreon", "topics", "tags", "tag", "keywords", "sr only", "sronly",
  "screenreader", "visually", "offscreen", "inline ad", "teaser", "teasers", "carousel", "slider",
  "paywall", "meter", "upsell", "cta", "donate", "donation", "survey", "poll", "copyright",
  // two-word runs ("more-stories", "readNext", "author__bio")
  "more stories", "more news", "more articles", "more from", "read next", "up next", "the web", "latest news",
  "top stories", "most read", "most viewed", "you may", "you might", "bio", "authorbio", "author bio", "about author",
  "story list", "article list", "news list", "post list", "card list",
]);

/**
 * Negative words that name a page's controls (a share bar, a print button, a login box): such a block holds buttons
 * and links, never paragraphs, so one that holds paragraphs of prose is a wrapper named for a bar inside it
 * ("story-body-share-wrapper").
 */
export const CONTROL_WORDS = new Set([
  "share", "sharing", "sharebar", "shares", "social", "socials", "sociallinks", "print", "tools", "toolbar", "follow",
  "rss", "login", "signin", "register",
]);

/** Words in a class or id that mark metadata next to the article: kept out of its text. */
export const META_WORDS = new Set([
  "byline", "bylines", "author", "authors", "dateline", "timestamp", "caption", "captions", "credit",
  "credits", "figcaption", "meta", "metadata", "kicker", "eyebrow", "headline", "subhead",
  "published", "updated", "date", "time", "posted", "header", "hed", "dek", "standfirst",
]);

/** Words that mark the article itself. */
export const POSITIVE_WORDS = new Set([
  "article", "articlebody", "articletext", "articlecontent", "body", "content", "entry", "post", "story",
  "storybody", "storytext", "text", "main", "blog", "prose", "richtext", "copy", "news", "page", "column",
  "single", "postbody", "entrycontent", "maincontent", "bodytext",
]);

/**
 * schema.org properties whose values are addresses, counts or whole things (a publisher), never the article's
 * sentences: <div itemprop="image">https://…/lead.jpg</div>. Their names say nothing of the page's parts either
 * ("mainEntityOfPage" is not a "main" "page" column).
 */
export const MACHINE_ITEMPROPS = /^\s*(?:image|logo|url|thumbnailurl|contenturl|embedurl|mainentityofpage|publisher|interactionstatistic|interactioncount|userinteractioncount|commentcount|wordcount|duration|width|height|sameas|identifier)\s*$/i;

/** Two-word runs in a class or id that name the article's body outright. */
export const BODY_PHRASES = [
  "article body", "article content", "article text", "story body", "story content", "story text",
  "entry content", "post content", "post body", "post text", "body text", "article main", "main content",
  "content body", "news body", "article detail", "rich text", "text body", "article copy", "body copy",
  "entry body", "blog post", "single post", "news content", "news text", "post entry", "detail body",
];

/** Short paragraphs that are page furniture wherever they stand. */
export const BOILERPLATE_LINES: RegExp[] = [
  /^(advertisement|advertising|ad|sponsored( content)?|story continues below( advertisement)?|continue reading( below)?|scroll to continue.*)$/i,
  /^(share|share this|share this (article|story|post)|share on \w+|tweet|email|print|whatsapp|facebook|twitter|linkedin|pinterest|reddit)$/i,
  // a share bar's labels run together: "FacebookTwitterLinkedinEMail", "Facebook | Twitter | WhatsApp"
  /^(?:(?:share|facebook|twitter|linkedin|e-?mail|whatsapp|pinterest|reddit|telegram|messenger|tumblr|flipboard|print|copy link|sms)[\s|,·•/]*){2,}$/i,
  /^(related|related (articles?|stories|content|coverage|posts?)|read more|more from .{0,40}|recommended( for you)?|you (may|might) also like.*|most (read|popular|viewed).*|trending( now)?)$/i,
  /^(sign up|subscribe|get our .{0,40}newsletter.*|sign up (for|to) .{0,80}|subscribe (to|for) .{0,80}|already a subscriber\??.*)$/i,
  /^(we use cookies|this (web)?site uses cookies).*/i,
  /^(image|photo|picture|video)( credit| source)?\s*:.{0,80}$/i,
  /^(skip to (main )?content|skip navigation|back to top|top of page|loading\.*|please wait\.*)$/i,
  /^(text size|font size|listen to (this )?(article|story)|\d+ min(ute)?s? read|reading time:? .{0,20}|print( this)?( article| page)?)$/i,
  /^(comments?|\d+ comments?|leave a (comment|reply)|post a comment|add a comment|view comments?|show comments?)$/i,
  /^(follow us( on\b.{0,40})?|like us on facebook|like this:?|like loading\.*)$/i,
  // "Please follow and like us:", "Follow me on Twitter or LinkedIn. Check out my website …"
  /^(please )?follow (and like )?us\b.{0,60}$/i,
  /^follow (me|him|her|them|us) on (twitter|facebook|instagram|linkedin)\b.{0,160}$/i,
  // "Get local news delivered to your inbox!", "Download the … app", a wire's "Our Standards: …" link
  /^get (the best of )?.{0,60}\bdelivered (straight )?to your inbox\b.{0,200}$/i,
  /^(download|get) (the |our )?.{0,40}\bapp\b.{0,60}$/i,
  /^download$/i,
  /^our standards\s*:.{0,100}$/i,
  // "Contact reporter … at … and follow her on Twitter …", with the outlet's "Want more stories like this? Subscribe …" run on
  /^contact (the )?(reporter|writer|author)\b.{0,300}$/i,
  // the consent line under a sign-up box: "* I understand and agree that registration on … this site … privacy policy."
  /^\*?\s*i (have read,? )?(understand and )?agree (that (my )?(registration|use|signing up)\b|to (the|our|its) (terms|user agreement|privacy policy)\b).{0,200}$/i,
  // a call to buy or sign up that ends the line: "Start your mornings with our paper! Order Now", "Register Now!"
  /^(.{0,80}[.!?]\s*)?(order|register|subscribe|sign up|download|install|buy|shop) now[!.]?$/i,
  // the outlet asking for readers' views: "Tell us what you think. Email us at …", "Your Thoughts and Comments"
  /^(tell us what you think|we'?d love to (get|hear) your (feedback|thoughts)|your (thoughts|comments|views)( and (comments|thoughts|views))?\s*:?$)\b.{0,120}$/i,
  /^(breaking news|news|updates?|headlines) delivered to your (inbox|mailbox)\b.{0,60}$/i,
  /^(iklan|anzeige|werbung|publicité|publicidad|pubblicità|reklame|advertentie|annons|reklama)$/i,
  /^(read later|save for later|save|bookmark|close|explore further|review|print this page)$/i,
  // "Related post: …", "Filed under: Politics |", "Tags: asylum, Rwanda"
  /^(related( \w+)?|filed under|tags?|tagged( with)?|posted in|categories|category|topics?|see also)\s*:.{0,160}$/i,
  // credits under a wire story: "(Reporting by …; editing by …)", "Jane Doe contributed reporting."
  /^\(?(additional )?(reporting|writing|editing|compiled|research) by\b.{0,250}$/i,
  /^[^.]{0,120}\bcontributed (reporting|to this (report|story|article))\b.{0,80}$/i,
  /^write to .{0,60} at \S+@\S+$/i,
  /^follow (\S+ )?(full )?coverage of .{0,100}$/i,
  /^(see more|read more|watch more|read also|see also|also read|don'?t miss|more|more on this|watch|listen|highlights|loading( content)?)\s*(:|\.\.\.|…)?$/i,
  // a pointer to another story set in the text: "MUST READ | Thousands call for …", "ALSO READ: Serena donates …"
  /^(must read|also read|read also|read more|read|watch|see more|see also|don'?t miss)\s*[|:]\s*.{5,200}$/i,
];

/** A short line that announces a list of other stories: it and the list items under it are furniture. */
export const LIST_HEADINGS: RegExp[] = [
  // "More Great WIRED Stories", "More from Politics", "Latest news", "Related articles"
  /^(more|other|latest|top|recommended|related|popular|trending)\b.{0,40}\b(stories|articles|news|posts|reads|videos|coverage|links)\s*:?$/i,
  /^(related|read more|further reading|also read|see also|you may also like|recommended( for you)?)\s*:?$/i,
];

/** What separates the parts of a page title or a navigation line: "Deal signed | The Daily Planet", "Home · World · Europe". */
export const TITLE_SEPARATORS = /\s+[|–—:·•»«-]\s+|\s+::\s+|\s*\|\s*/;
