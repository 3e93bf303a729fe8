// Words the generated catalogue is made of, in French, Arabic and English, by demo category.
// Generated titles use product names the hand-written demo products do not, so a relevance query
// aimed at a demo product has one right answer, while categories, cooperatives, regions, materials
// and common words ("huile", "tapis", "زيت", "leather") are shared with thousands of generated ones.

export const PRODUCT_NAMES = {
  "argan-cosmetics": [
    { fr: "Lait corporel", ar: "حليب الجسم", en: "Body lotion", materials: ["huile d'argan"] },
    { fr: "Shampooing doux", ar: "شامبو لطيف", en: "Gentle shampoo", materials: ["huile d'argan"] },
    { fr: "Masque visage à l'argile", ar: "قناع الوجه بالطين", en: "Clay face mask", materials: ["argile"] },
    { fr: "Pierre d'alun", ar: "حجر الشبة", en: "Alum stone", materials: ["alun"] },
    { fr: "Huile de nigelle", ar: "زيت الحبة السوداء", en: "Black seed oil", materials: ["nigelle"] },
    {
      fr: "Beurre de karité fouetté",
      ar: "زبدة الشيا المخفوقة",
      en: "Whipped shea butter",
      materials: ["karité"],
    },
    {
      fr: "Hydrolat de fleur d'oranger",
      ar: "ماء زهر البرتقال",
      en: "Orange flower water",
      materials: ["néroli"],
    },
    {
      fr: "Savon au lait d'ânesse",
      ar: "صابون بحليب الأتان",
      en: "Donkey milk soap",
      materials: ["lait d'ânesse"],
    },
  ],
  terroir: [
    { fr: "Dattes mejhoul", ar: "تمر المجهول", en: "Medjool dates", materials: [] },
    { fr: "Figues séchées", ar: "تين مجفف", en: "Dried figs", materials: [] },
    { fr: "Pâte de dattes", ar: "عجينة التمر", en: "Date paste", materials: [] },
    { fr: "Cumin de Alnif", ar: "كمون ألنيف", en: "Alnif cumin", materials: [] },
    { fr: "Olives cassées", ar: "زيتون مكسر", en: "Cracked olives", materials: [] },
    { fr: "Citrons confits", ar: "حامض مصبر", en: "Preserved lemons", materials: [] },
    { fr: "Smen de brebis", ar: "سمن الغنم", en: "Aged sheep butter", materials: [] },
    { fr: "Caroube en poudre", ar: "مسحوق الخروب", en: "Carob powder", materials: [] },
  ],
  "rugs-textiles": [
    { fr: "Tapis Boujaad", ar: "زربية بوجعد", en: "Boujaad rug", materials: ["laine"] },
    { fr: "Tapis Zanafi", ar: "زربية زنافي", en: "Zanafi rug", materials: ["laine"] },
    { fr: "Tapis Glaoui", ar: "زربية الكلاوي", en: "Glaoui rug", materials: ["laine"] },
    { fr: "Fouta de hammam", ar: "فوطة الحمام", en: "Hammam towel", materials: ["coton"] },
    { fr: "Jeté de lit en sabra", ar: "غطاء سرير من الصبرة", en: "Cactus silk throw", materials: ["sabra"] },
    { fr: "Chemin de table tissé", ar: "مفرش طاولة منسوج", en: "Woven table runner", materials: ["coton"] },
    {
      fr: "Pochette en tissage berbère",
      ar: "محفظة بنسيج أمازيغي",
      en: "Berber weave pouch",
      materials: ["laine"],
    },
  ],
  pottery: [
    { fr: "Théière en terre cuite", ar: "براد من الطين", en: "Terracotta teapot", materials: ["argile"] },
    { fr: "Lanterne en céramique", ar: "فانوس خزفي", en: "Ceramic lantern", materials: ["argile"] },
    { fr: "Pot de fleurs émaillé", ar: "أصيص مزجج", en: "Glazed flower pot", materials: ["argile"] },
    { fr: "Carafe à eau", ar: "إبريق ماء", en: "Water carafe", materials: ["argile"] },
    { fr: "Saladier peint", ar: "سلطانية مرسومة", en: "Painted salad bowl", materials: ["faïence"] },
    { fr: "Coupelle à olives", ar: "صحن صغير للزيتون", en: "Olive dish", materials: ["faïence"] },
    { fr: "Plat à couscous (gsaa)", ar: "قصعة الكسكس", en: "Couscous platter (gsaa)", materials: ["argile"] },
  ],
  leather: [
    { fr: "Pochette d'ordinateur", ar: "حقيبة حاسوب", en: "Laptop sleeve", materials: ["cuir"] },
    { fr: "Porte-clés en cuir", ar: "حاملة مفاتيح جلدية", en: "Leather key ring", materials: ["cuir"] },
    { fr: "Trousse de toilette", ar: "حقيبة أدوات الزينة", en: "Toiletry bag", materials: ["cuir"] },
    { fr: "Bracelet de montre", ar: "سوار ساعة", en: "Watch strap", materials: ["cuir"] },
    { fr: "Repose-pieds rond", ar: "مسند قدمين دائري", en: "Round footstool", materials: ["cuir"] },
    { fr: "Sac seau", ar: "حقيبة دلو", en: "Bucket bag", materials: ["cuir"] },
    { fr: "Mules d'intérieur", ar: "خف منزلي", en: "House mules", materials: ["cuir"] },
  ],
  "caftans-djellabas": [
    { fr: "Kimono brodé", ar: "كيمونو مطرز", en: "Embroidered kimono", materials: ["coton"] },
    { fr: "Robe d'été brodée", ar: "فستان صيفي مطرز", en: "Embroidered summer dress", materials: ["lin"] },
    { fr: "Foulard en soie", ar: "وشاح حريري", en: "Silk scarf", materials: ["soie"] },
    { fr: "Chèche du désert", ar: "لثام صحراوي", en: "Desert headscarf", materials: ["coton"] },
    { fr: "Gilet en laine", ar: "صدرية صوفية", en: "Wool waistcoat", materials: ["laine"] },
    { fr: "Pantalon saroual", ar: "سروال قندريسي", en: "Sarouel trousers", materials: ["coton"] },
    { fr: "Cape de cérémonie", ar: "برنس الحفلات", en: "Ceremony cape", materials: ["laine"] },
  ],
  basketry: [
    { fr: "Boîte à bijoux tressée", ar: "علبة حلي مضفورة", en: "Woven jewellery box", materials: ["doum"] },
    {
      fr: "Cache-pot en osier",
      ar: "غطاء أصيص من الخيزران",
      en: "Wicker plant pot cover",
      materials: ["osier"],
    },
    { fr: "Sac cabas en raphia", ar: "قفة من الرافيا", en: "Raffia tote", materials: ["raphia"] },
    { fr: "Abat-jour en rotin", ar: "غطاء مصباح من الروطان", en: "Rattan lampshade", materials: ["rotin"] },
    { fr: "Miroir en osier", ar: "مرآة من الخيزران", en: "Wicker mirror", materials: ["osier"] },
    { fr: "Porte-revues tressé", ar: "حامل مجلات مضفور", en: "Woven magazine rack", materials: ["doum"] },
  ],
  jewellery: [
    { fr: "Broche en argent", ar: "دبوس فضي", en: "Silver brooch", materials: ["argent"] },
    { fr: "Chaîne de cheville", ar: "سلسلة الكاحل", en: "Anklet chain", materials: ["argent"] },
    {
      fr: "Bague en cuivre martelé",
      ar: "خاتم نحاسي مطروق",
      en: "Hammered copper ring",
      materials: ["cuivre"],
    },
    { fr: "Parure de mariée", ar: "طقم العروس", en: "Bridal set", materials: ["argent"] },
    {
      fr: "Sautoir en perles de bois",
      ar: "عقد طويل من الخرز الخشبي",
      en: "Wooden bead long necklace",
      materials: ["bois"],
    },
    { fr: "Pince à cheveux ciselée", ar: "مشبك شعر منقوش", en: "Chased hair clip", materials: ["laiton"] },
  ],
}

/** Colours, styles and sizes that make each generated product a little different. */
export const QUALIFIERS = [
  { fr: "bleu indigo", ar: "أزرق نيلي", en: "indigo blue" },
  { fr: "ocre", ar: "مغرة", en: "ochre" },
  { fr: "terracotta", ar: "طيني", en: "terracotta" },
  { fr: "vert olive", ar: "أخضر زيتوني", en: "olive green" },
  { fr: "safran", ar: "زعفراني", en: "saffron yellow" },
  { fr: "noir et blanc", ar: "أبيض وأسود", en: "black and white" },
  { fr: "rose poudré", ar: "وردي فاتح", en: "dusty pink" },
  { fr: "naturel", ar: "طبيعي", en: "natural" },
  { fr: "grand format", ar: "حجم كبير", en: "large" },
  { fr: "petit format", ar: "حجم صغير", en: "small" },
  { fr: "édition limitée", ar: "إصدار محدود", en: "limited edition" },
  { fr: "fait main", ar: "مصنوع يدويا", en: "handmade" },
  { fr: "traditionnel", ar: "تقليدي", en: "traditional" },
  { fr: "moderne", ar: "عصري", en: "modern" },
  { fr: "sable", ar: "رملي", en: "sand" },
  { fr: "bordeaux", ar: "خمري", en: "burgundy" },
]

/** Villages and towns, a realistic second word of a title ("… d'Ouarzazate"). */
export const PLACES = [
  { fr: "d'Ouarzazate", ar: "من ورزازات", en: "from Ouarzazate" },
  { fr: "de Tafraout", ar: "من تافراوت", en: "from Tafraout" },
  { fr: "d'Agadir", ar: "من أكادير", en: "from Agadir" },
  { fr: "de Meknès", ar: "من مكناس", en: "from Meknes" },
  { fr: "de Tinghir", ar: "من تنغير", en: "from Tinghir" },
  { fr: "d'Errachidia", ar: "من الرشيدية", en: "from Errachidia" },
  { fr: "de Larache", ar: "من العرائش", en: "from Larache" },
  { fr: "d'Ifrane", ar: "من إفران", en: "from Ifrane" },
  { fr: "de Taroudant", ar: "من تارودانت", en: "from Taroudant" },
  { fr: "de Zagora", ar: "من زاكورة", en: "from Zagora" },
  { fr: "d'Oujda", ar: "من وجدة", en: "from Oujda" },
  { fr: "de Midelt", ar: "من ميدلت", en: "from Midelt" },
  { fr: "de Khénifra", ar: "من خنيفرة", en: "from Khenifra" },
  { fr: "d'Asilah", ar: "من أصيلة", en: "from Asilah" },
  { fr: "de Sefrou", ar: "من صفرو", en: "from Sefrou" },
  { fr: "de Guercif", ar: "من جرسيف", en: "from Guercif" },
]

/** Description sentences; three are picked per product. */
export const SENTENCES = [
  {
    fr: "Fabriqué à la main par les femmes de la coopérative, dans le respect des gestes transmis de mère en fille.",
    ar: "صنعته يدويا نساء التعاونية، وفاء لحركات تتوارثها البنات عن الأمهات.",
    en: "Made by hand by the women of the cooperative, with skills passed down from mother to daughter.",
  },
  {
    fr: "Chaque pièce est unique : de légères variations de couleur témoignent du travail artisanal.",
    ar: "كل قطعة فريدة: الاختلافات الطفيفة في اللون دليل على العمل اليدوي.",
    en: "Every piece is unique: slight variations in colour are the mark of handwork.",
  },
  {
    fr: "Nous sélectionnons nos matières premières auprès de producteurs de la région.",
    ar: "نختار موادنا الأولية من منتجي المنطقة.",
    en: "We source our raw materials from producers in the region.",
  },
  {
    fr: "Emballé avec soin dans du papier recyclé, prêt à offrir.",
    ar: "مغلف بعناية في ورق معاد تدويره، جاهز للإهداء.",
    en: "Carefully wrapped in recycled paper, ready to give.",
  },
  {
    fr: "À conserver au sec, à l'abri de la lumière directe du soleil.",
    ar: "يحفظ في مكان جاف بعيدا عن أشعة الشمس المباشرة.",
    en: "Keep dry and away from direct sunlight.",
  },
  {
    fr: "Votre achat assure un revenu équitable aux artisanes et finance la formation des nouvelles membres.",
    ar: "شراؤك يضمن دخلا عادلا للحرفيات ويمول تكوين العضوات الجديدات.",
    en: "Your purchase gives the makers a fair income and pays for training new members.",
  },
  {
    fr: "Un savoir-faire ancestral au service d'objets du quotidien, pensés pour durer.",
    ar: "حرفة عريقة في خدمة أغراض الحياة اليومية، مصممة لتدوم طويلا.",
    en: "Age-old craft for everyday objects, made to last.",
  },
  {
    fr: "Les teintures et finitions sont naturelles, sans produit chimique agressif.",
    ar: "الأصباغ واللمسات الأخيرة طبيعية، دون مواد كيميائية قاسية.",
    en: "Dyes and finishes are natural, free of harsh chemicals.",
  },
]
