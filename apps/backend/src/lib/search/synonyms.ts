/**
 * Words shoppers use for the same thing across French, Arabic, English and Darija transliterations.
 * Data, not code: both search providers read this list (the PostgreSQL provider through the
 * documents, Meilisearch through its `synonyms` setting). Each group is a set of equivalents;
 * entries are written naturally and normalised where they are used.
 */
export const SEARCH_SYNONYMS: string[][] = [
  ["argan", "argane", "أركان", "أرگان", "arganier", "argania"],
  ["huile", "oil", "زيت", "zit"],
  ["tapis", "rug", "carpet", "زربية", "zarbia", "zerbia", "zarbiya", "kilim", "hanbel", "حنبل"],
  ["tajine", "tagine", "tajin", "tajinne", "طاجين", "طجين", "tagin"],
  ["safran", "saffron", "زعفران", "zaafran", "zafran"],
  ["miel", "honey", "عسل", "assel", "aasal"],
  ["amlou", "amalou", "amlu", "أملو", "املو"],
  ["couscous", "kouskous", "seksu", "كسكس", "كسكسو"],
  ["poterie", "pottery", "ceramique", "ceramic", "فخار", "خزف"],
  ["cuir", "leather", "جلد"],
  ["babouche", "babouches", "slippers", "بلغة", "balgha", "belgha"],
  ["caftan", "kaftan", "قفطان", "qaftan"],
  ["djellaba", "jellaba", "jelaba", "جلابة", "جلابية"],
  ["panier", "basket", "سلة", "قفة", "couffin", "qoffa"],
  ["bijou", "bijoux", "jewellery", "jewelry", "مجوهرات", "حلي"],
  ["argent", "silver", "فضة", "نقرة"],
  ["bio", "biologique", "organic", "عضوي", "بيو"],
  ["savon", "soap", "صابون", "saboun"],
  ["beldi", "beldi", "بلدي", "traditionnel", "traditional"],
  ["ghassoul", "rassoul", "rhassoul", "غاسول"],
  ["laine", "wool", "صوف"],
  ["berbere", "amazigh", "tamazight", "amazighe", "أمازيغي", "بربري", "berber"],
  ["the", "tea", "أتاي", "atay", "شاي"],
  ["epices", "spices", "توابل", "عطرية"],
  ["ras el hanout", "ras-el-hanout", "راس الحانوت"],
  ["rose", "ورد", "warda"],
  ["olive", "olives", "زيتون", "zitoun"],
  ["plateau", "tray", "صينية", "siniya"],
  ["theiere", "teapot", "براد", "berrad"],
]
