import type { SeedCategory } from "./types"

export const categories: SeedCategory[] = [
  {
    handle: "argan-cosmetics",
    name: {
      fr: "Argan & cosmétiques naturels",
      ar: "الأركان ومستحضرات التجميل الطبيعية",
      en: "Argan & natural cosmetics",
    },
    description: {
      fr: "Huile d'argan pressée à froid, savon noir, ghassoul, eau de rose : les soins naturels préparés par les coopératives du Souss, d'Essaouira et de la vallée du Dadès.",
      ar: "زيت الأركان المعصور على البارد والصابون البلدي والغاسول وماء الورد: مستحضرات العناية الطبيعية التي تحضرها تعاونيات سوس والصويرة ووادي دادس.",
      en: "Cold-pressed argan oil, black soap, rhassoul clay and rose water: natural care made by cooperatives in the Souss, Essaouira and the Dadès valley.",
    },
    color: "#c68e3f",
  },
  {
    handle: "terroir",
    name: {
      fr: "Produits du terroir",
      ar: "المنتجات المجالية",
      en: "Local food & terroir",
    },
    description: {
      fr: "Safran de Taliouine, miels de montagne, amlou, couscous roulé à la main et épices : le meilleur des terroirs marocains, directement des productrices.",
      ar: "زعفران تالوين وعسل الجبال وأملو والكسكس المفتول يدويًا والتوابل: أجود المنتجات المجالية المغربية مباشرة من النساء المنتِجات.",
      en: "Taliouine saffron, mountain honeys, amlou, hand-rolled couscous and spices: the best of Moroccan terroir, straight from the women who make it.",
    },
    color: "#b8860b",
  },
  {
    handle: "rugs-textiles",
    name: {
      fr: "Tapis & textiles",
      ar: "الزرابي والمنسوجات",
      en: "Rugs & textiles",
    },
    description: {
      fr: "Tapis Beni Ouarain et Azilal, kilims, boucherouites et linge brodé, tissés et noués à la main dans l'Atlas et le Rif.",
      ar: "زرابي بني وراين وأزيلال والحنابل والبوشرويط والمفروشات المطرزة، منسوجة ومعقودة يدويًا في الأطلس والريف.",
      en: "Beni Ouarain and Azilal rugs, kilims, boucherouites and embroidered linens, hand-woven and hand-knotted in the Atlas and the Rif.",
    },
    color: "#8e3b2e",
  },
  {
    handle: "pottery",
    name: {
      fr: "Poterie & céramique",
      ar: "الفخار والخزف",
      en: "Pottery & ceramics",
    },
    description: {
      fr: "Tajines, plats et bols de Safi, de Fès et de Tamegroute, tournés, peints et émaillés à la main.",
      ar: "طواجن وصحون وأوعية من آسفي وفاس وتامكروت، مشكلة ومرسومة ومزججة يدويًا.",
      en: "Tajines, dishes and bowls from Safi, Fès and Tamegroute, thrown, painted and glazed by hand.",
    },
    color: "#1f5f8b",
  },
  {
    handle: "leather",
    name: {
      fr: "Maroquinerie & cuir",
      ar: "المصنوعات الجلدية",
      en: "Leather goods",
    },
    description: {
      fr: "Babouches, sacs, poufs et petite maroquinerie en cuir tanné de façon traditionnelle à Fès, Marrakech et Guelmim.",
      ar: "بلاغي وحقائب وبوفات ومصنوعات جلدية صغيرة من جلد مدبوغ بالطريقة التقليدية في فاس ومراكش وكلميم.",
      en: "Babouches, bags, poufs and small leather goods in traditionally tanned leather from Fès, Marrakech and Guelmim.",
    },
    color: "#7b4a2a",
  },
  {
    handle: "caftans-djellabas",
    name: {
      fr: "Caftans & djellabas",
      ar: "القفاطين والجلابيب",
      en: "Caftans & djellabas",
    },
    description: {
      fr: "Caftans, takchitas, djellabas et jabadors cousus et brodés à la main à Tétouan, Salé et Casablanca.",
      ar: "قفاطين وتكاشط وجلابيب وجبادورات مخيطة ومطرزة يدويًا في تطوان وسلا والدار البيضاء.",
      en: "Caftans, takchitas, djellabas and jabadors sewn and embroidered by hand in Tetouan, Salé and Casablanca.",
    },
    color: "#6a2c70",
  },
  {
    handle: "basketry",
    name: {
      fr: "Vannerie",
      ar: "السلال والحصائر",
      en: "Basketry",
    },
    description: {
      fr: "Paniers en doum, nattes de jonc, chapeaux jeblis et corbeilles en palmier ou en alfa, tressés par les artisanes de Salé, de Chefchaouen, du Drâa et de l'Oriental.",
      ar: "قفف الدوم وحصائر السمار والقبعات الجبلية وسلال النخيل والحلفاء، تضفرها حرفيات سلا وشفشاون ودرعة والجهة الشرقية.",
      en: "Doum baskets, rush mats, Jbala hats and palm or esparto baskets, woven by craftswomen in Salé, Chefchaouen, the Drâa valley and the Oriental.",
    },
    color: "#a68a4b",
  },
  {
    handle: "jewellery",
    name: {
      fr: "Bijoux",
      ar: "الحلي والمجوهرات",
      en: "Jewellery",
    },
    description: {
      fr: "Bijoux en argent ciselé, émaillé et filigrané de Tiznit, et parures sahariennes en ambre et perles de Guelmim.",
      ar: "حلي فضية منقوشة ومطلية بالمينا ومخرمة من تزنيت، وحلي صحراوية من الكهرمان والخرز من كلميم.",
      en: "Engraved, enamelled and filigree silver jewellery from Tiznit, and Saharan amber and bead adornments from Guelmim.",
    },
    color: "#8a9ba8",
  },
]
