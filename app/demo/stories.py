"""Offence stories for demo FIRs: sections, first-information prose, places, property.

Shares follow the FAFEN / Lahore mix of the domain brief §9.4. Each story has
Urdu and English templates filled by ``str.format`` with the keys listed in
``TEMPLATE_KEYS``; Urdu templates agree with the complainant's gender through
the keys ``ka``, ``raha``, ``gaya``, ``hua``, ``tha`` and ``sakta``.
"""

from __future__ import annotations

from dataclasses import dataclass

Pair = tuple[str, str]
SectionKey = tuple[str, str]

TEMPLATE_KEYS = (
    "complainant", "date", "time", "spot", "loot", "vehicle", "amount", "unknown", "accused", "victim",
    "witnesses", "motive", "weapon", "officer", "constables", "station", "recovered",
    "ka", "raha", "gaya", "hua", "tha", "sakta",
)


@dataclass(frozen=True)
class Story:
    key: str
    family: str
    share: float  # of all FIRs
    sections: tuple[SectionKey, ...]
    accused: str  # "unknown", "named" or "recovery" (police complainant, accused caught at the spot)
    accused_count: tuple[int, int]
    complainant_gender: str  # "M", "F" or "" for either
    spot: str  # a key of SPOTS
    body_ur: tuple[str, ...]
    body_en: tuple[str, ...]
    loot: tuple[Pair, ...] = ()
    amount: tuple[int, int] = (0, 0)  # rupees, for loot and cheques


# Where things happen; {locality} is filled in (English, Urdu).
SPOTS: dict[str, tuple[Pair, ...]] = {
    "street": (
        ("outside Jamia Masjid, {locality}", "جامع مسجد {locality} کے باہر"),
        ("near the bus stop, {locality}", "{locality} بس سٹاپ کے قریب"),
        ("in the main bazaar, {locality}", "مین بازار {locality}"),
        ("on the main road near the petrol pump, {locality}", "مین روڈ {locality} پٹرول پمپ کے قریب"),
        ("outside the vegetable market, {locality}", "سبزی منڈی {locality} کے باہر"),
        ("near the government school, {locality}", "سرکاری سکول {locality} کے قریب"),
    ),
    "home": (
        ("the complainant's house, {locality}", "مکان مدعی، {locality}"),
        ("the complainant's shop, {locality}", "دکان مدعی، {locality}"),
    ),
    "road": (
        ("at the canal bridge, {locality}", "نہر پل {locality}"),
        ("on Graveyard Road, {locality}", "قبرستان روڈ {locality}"),
        ("near the railway crossing, {locality}", "ریلوے پھاٹک {locality} کے قریب"),
        ("at the open plot behind the market, {locality}", "مارکیٹ کے عقب خالی پلاٹ، {locality}"),
    ),
    "fields": (
        ("in the fields near the tube-well, {locality}", "رقبہ نزد ٹیوب ویل، {locality}"),
        ("at the plot near the graveyard, {locality}", "پلاٹ نزد قبرستان، {locality}"),
    ),
}

MOTORCYCLES: tuple[Pair, ...] = (
    ("Honda CD-70", "ہنڈا سی ڈی 70"), ("Honda CG-125", "ہنڈا سی جی 125"),
                                ("Yamaha YBR-125", "یاماہا وائی بی آر 125"),
    ("United US-70", "یونائیٹڈ 70"), ("Road Prince 70", "روڈ پرنس 70"),
)
CARS: tuple[Pair, ...] = (
    ("Suzuki Mehran", "سوزوکی مہران"), ("Toyota Corolla", "ٹویوٹا کرولا"), ("Suzuki Cultus", "سوزوکی کلٹس"),
    ("Honda City", "ہونڈا سٹی"), ("Suzuki Alto", "سوزوکی آلٹو"),
)
PHONES: tuple[str, ...] = (
    "Vivo Y20"
    , "Oppo A57", "Samsung Galaxy A14", "Infinix Hot 30", "Tecno Spark 10", "Redmi Note 12", "iPhone 11",
)
WEAPONS: tuple[Pair, ...] = (
    ("30-bore pistols", "پستول 30 بور"), ("Kalashnikovs", "کلاشنکوف"), ("12-bore guns", "بندوق 12 بور"),
)
MOTIVES: tuple[Pair, ...] = (
    ("a dispute over agricultural land", "زرعی اراضی کا تنازعہ"),
    ("an old enmity between the families", "خاندانوں کی پرانی دشمنی"),
    ("a dispute over the drain of waste water", "گندے پانی کی نکاسی کا تنازعہ"),
    ("a quarrel between the children", "بچوں کی لڑائی"),
    ("a dispute over money lent", "لین دین کا تنازعہ"),
)
KIN: tuple[Pair, ...] = (("brother", "بھائی"), ("son", "بیٹا"),
                         ("nephew", "بھتیجا"), ("cousin", "چچا زاد بھائی"))

# An unknown accused, described the way a complainant describes a stranger.
AGES = (18, 20, 22, 25, 28, 30, 35, 40)
BUILDS: tuple[Pair, ...] = (("slim", "دبلا پتلا"),
                            ("medium build", "درمیانہ جسم"), ("heavy build", "بھاری جسم"))
COMPLEXIONS: tuple[Pair, ...] = (("wheatish", "گندمی"), ("fair", "صاف"), ("dark", "سانولا"))
CLOTHES: tuple[Pair, ...] = (
    ("wearing a black shalwar kameez", "سیاہ شلوار قمیض میں ملبوس"),
    ("wearing a white shalwar kameez", "سفید شلوار قمیض میں ملبوس"),
    ("wearing jeans and a jacket", "جینز اور جیکٹ پہنے ہوئے"),
    ("face covered with a cloth", "چہرہ کپڑے سے ڈھانپے ہوئے"),
    ("wearing a helmet", "ہیلمٹ پہنے ہوئے"),
)
COUNT_WORDS: dict[int, Pair] = {
    1: ("one", "ایک"), 2: ("two", "دو"), 3: ("three", "تین"), 4: ("four", "چار"), 5: ("five", "پانچ"),
    6: ("six", "چھ"), 7: ("seven", "سات"),
}

DELAY_EXPLANATIONS: tuple[Pair, ...] = (
    ("The complainant was busy with the treatment of the injured at the hospital and came to the "
     "police station after his discharge.",
     "مدعی زخمی کے علاج معالجہ کے سلسلہ میں ہسپتال میں مصروف رہا، فارغ ہونے پر تھانہ حاضر آیا۔"),
    ("The complainant first searched for the property on his own and with his relatives, and "
     "reported when no trace was found.",
     "مدعی اپنے طور پر اور عزیز و اقارب کے ہمراہ مال مسروقہ کی تلاش کرتا رہا، سراغ نہ ملنے پر رپورٹ کی گئی۔"),
    ("The elders of the area tried to settle the matter by negotiation; the complaint was made when "
     "this failed.",
     "معززین علاقہ نے فریقین میں صلح کی کوشش کی، ناکامی پر درخواست دی گئی۔"),
    ("The complainant was out of the city and learnt of the occurrence on his return.",
     "مدعی شہر سے باہر تھا، واپسی پر وقوعہ کا علم ہوا۔"),
)

_THEFT = "theft"
_HURT = "hurt"
_ROBBERY = "robbery"
_FRAUD = "fraud"
_SPECIAL = "special_laws"
_MURDER = "murder"
_WOMEN = "women"
_TRESPASS = "trespass"

_CLOSE_UR = "قانونی کارروائی عمل میں لائی جائے۔"
_CLOSE_EN = "Legal action may kindly be taken."

STORIES: tuple[Story, ...] = (
    Story(
        "motorcycle_theft", _THEFT, 0.12, (("PPC", "379"),), "unknown", (1, 1), "M", "street",
        ("مورخہ {date} کو بوقت قریب {time} بجے میں اپنی موٹر سائیکل {vehicle} کو لاک لگا کر {spot} "
         "کھڑی کر کے نماز ادا کرنے گیا۔ قریب بیس منٹ بعد واپس آیا تو موٹر سائیکل موقع پر موجود نہ "
         "تھی۔ میں نے آس پاس کافی تلاش کی مگر کوئی سراغ نہ ملا۔ کوئی نامعلوم چور میری موٹر سائیکل "
         "چوری کر کے لے گیا ہے۔ " + _CLOSE_UR,
         "مورخہ {date} کو بوقت {time} بجے میں نے اپنی موٹر سائیکل {vehicle} {spot} کھڑی کی اور سودا "
         "سلف لینے چلا گیا۔ واپس آیا تو موٹر سائیکل غائب تھی۔ دکانداروں سے پوچھنے پر بھی کچھ پتہ نہ "
         "چلا۔ نامعلوم چور موٹر سائیکل چوری کر کے لے گیا ہے۔ موٹر سائیکل برآمد کرائی جائے اور "
         + _CLOSE_UR),
        ("On {date} at about {time} I parked my motorcycle {vehicle}, locked, {spot} and went to "
         "offer prayers. When I came back after about twenty minutes the motorcycle was not there. "
         "I searched the area but found no trace. An unknown thief has stolen my motorcycle. "
         + _CLOSE_EN,),
        (("motorcycle {vehicle}, worth {amount}", "موٹر سائیکل {vehicle} مالیتی {amount}"),),
        (60_000, 240_000),
    ),
    Story(
        "mobile_theft", _THEFT, 0.06, (("PPC", "379"),), "unknown", (1, 1), "", "street",
        ("مورخہ {date} کو بوقت {time} بجے میں {spot} خریداری کر {raha} کہ رش کا فائدہ اٹھاتے ہوئے "
         "کسی نامعلوم شخص نے میری جیب/پرس سے {loot} نکال لیا۔ مجھے کچھ دیر بعد علم ہوا۔ تلاش کے "
         "باوجود کچھ پتہ نہ چلا۔ "
         + _CLOSE_UR,),
        ("On {date} at about {time} I was shopping {spot} when, taking advantage of the rush, an "
         "unknown person took {loot} from my pocket. I noticed it a few minutes later and could not "
         "find the thief. "
         + _CLOSE_EN,),
        (("mobile phone {phone} with SIM, worth {amount}", "موبائل فون {phone} مع سم مالیتی {amount}"),
         ("a purse containing cash {amount} and documents", "پرس جس میں نقدی {amount} اور کاغذات تھے")),
        (8_000, 90_000),
    ),
    Story(
        "house_theft", _THEFT, 0.07, (("PPC", "380"),), "unknown", (1, 1), "", "home",
        ("مورخہ {date} کو میں اپنے اہل خانہ کے ہمراہ ایک شادی کی تقریب میں {gaya} {hua} {tha}۔ بوقت "
         "قریب {time} بجے واپس آئے تو گھر کے کمرے کا تالا ٹوٹا ہوا تھا اور الماری کا سامان بکھرا "
         "ہوا تھا۔ چیک کرنے پر معلوم ہوا کہ {loot} غائب ہیں۔ کوئی نامعلوم چور میرے گھر سے چوری کر "
         "کے لے گیا ہے۔ " + _CLOSE_UR,),
        ("On {date} my family and I had gone to a wedding. When we came back at about {time} the "
         "lock of a room was broken and the cupboard had been searched; {loot} were missing. An "
         "unknown thief has committed theft in my house. " + _CLOSE_EN,),
        (("gold ornaments (two bangles, one set) and cash {amount}",
          "طلائی زیورات (دو چوڑیاں، ایک سیٹ) اور نقدی {amount}"),
         ("cash {amount}, an LED television and a mobile phone {phone}",
          "نقدی {amount}، ایک ایل ای ڈی ٹی وی اور موبائل فون {phone}")),
        (50_000, 650_000),
    ),
    Story(
        "vehicle_theft", _THEFT, 0.04, (("PPC", "381-A"),), "unknown", (1, 1), "M", "home",
        ("مورخہ {date} کی رات میں نے اپنی کار {vehicle} {spot} کے باہر کھڑی کی اور سو گیا۔ صبح بوقت "
         "{time} بجے باہر نکلا تو کار موجود نہ تھی۔ اہل محلہ سے دریافت کیا مگر کچھ پتہ نہ چلا۔ "
         "نامعلوم کار چور میری کار چوری کر کے لے گئے ہیں۔ کار برآمد کرائی جائے اور " + _CLOSE_UR,),
        ("On the night of {date} I parked my car {vehicle} outside {spot} and went to sleep. When I "
         "came out at about {time} in the morning the car was gone. Unknown car lifters have stolen "
         "it. " + _CLOSE_EN,),
        (("car {vehicle}, worth {amount}", "کار {vehicle} مالیتی {amount}"),),
        (900_000, 4_500_000),
    ),
    Story(
        "burglary", _THEFT, 0.06, (("PPC", "457"), ("PPC", "380")), "unknown", (1, 3), "", "home",
        ("مورخہ {date} کی درمیانی شب ہم سب گھر والے سو رہے تھے کہ بوقت قریب {time} بجے کھٹکا ہونے "
         "پر میری آنکھ کھلی۔ دیکھا تو {unknown} دیوار پھلانگ کر صحن میں موجود تھے جو شور مچانے پر "
         "سامان اٹھا کر فرار ہو گئے۔ چیک کرنے پر {loot} غائب پائے گئے۔ ملزمان کو سامنے آنے پر شناخت "
         "کر {sakta} ہوں۔ " + _CLOSE_UR,
         "مورخہ {date} کی رات نامعلوم چوروں نے {spot} کی عقبی دیوار میں نقب لگا کر {loot} چوری کر "
         "لیے۔ صبح بوقت {time} بجے علم ہوا۔ " + _CLOSE_UR),
        ("In the night of {date}, at about {time}, I woke up at a noise and saw {unknown} in the "
         "courtyard, who had climbed over the wall. When I raised an alarm they ran away with "
         "{loot}. I can identify them if seen again. " + _CLOSE_EN,),
        (("gold ornaments and cash {amount}", "طلائی زیورات اور نقدی {amount}"),
         ("cash {amount} and a laptop", "نقدی {amount} اور ایک لیپ ٹاپ")),
        (40_000, 800_000),
    ),
    Story(
        "hurt", _HURT, 0.10, (("PPC", "337-A(i)"), ("PPC", "337-F(i)")), "named", (1, 4), "", "street",
        ("مورخہ {date} کو بوقت {time} بجے میں {spot} موجود {tha} کہ {accused} آ گئے اور مجھے گالی "
         "گلوچ کرنے لگے۔ منع کرنے پر انہوں نے ڈنڈوں اور سوٹوں سے میرے سر اور بازوؤں پر ضربات لگائیں "
         "جس سے میں زخمی ہو {gaya}۔ شور پر {witnesses} موقع پر پہنچے اور مجھے چھڑایا۔ وجہ عناد "
         "{motive} ہے۔ میڈیکل کروا لیا گیا ہے۔ "
         + _CLOSE_UR,),
        ("On {date} at about {time} I was present {spot} when {accused} came and, because of "
         "{motive}, started abusing me. When I objected they hit me with sticks on the head and "
         "arms and injured me. {witnesses} came on hearing the noise and rescued me. My medical "
         "examination has been done. "
         + _CLOSE_EN,),
    ),
    Story(
        "attempted_murder", _HURT, 0.05, (("PPC", "324"),), "named", (1, 3), "M", "road",
        ("مورخہ {date} کو بوقت {time} بجے میں اپنے {victim} کے ہمراہ {spot} سے گزر رہا تھا کہ "
         "{accused} مسلح {weapon} آئے اور قتل کی نیت سے ہم پر فائرنگ کر دی۔ فائر میرے {victim} کی "
         "ٹانگ پر لگا اور وہ شدید زخمی ہو کر گر گیا۔ ملزمان ہوائی فائرنگ کرتے ہوئے فرار ہو گئے۔ وجہ "
         "عناد {motive} ہے۔ واقعہ {witnesses} نے بچشم خود دیکھا ہے۔ " + _CLOSE_UR,),
        ("On {date} at about {time} I was passing {spot} with my {victim} when {accused}, armed "
         "with {weapon}, came and opened fire on us with the intention to kill. A shot hit my "
         "{victim} in the leg and he fell down badly injured. The accused fled firing in the air. "
         "The motive is {motive}. {witnesses} saw the occurrence. " + _CLOSE_EN,),
    ),
    Story(
        "street_robbery", _ROBBERY, 0.06, (("PPC", "392"),), "unknown", (2, 2), "", "street",
        ("مورخہ {date} کو بوقت قریب {time} بجے میں {spot} پیدل جا {raha} کہ {unknown} بسواری موٹر "
         "سائیکل آئے اور اسلحہ کی نوک پر مجھے روک کر {loot} چھین لیا اور فرار ہو گئے۔ ملزمان کو "
         "سامنے آنے پر شناخت کر {sakta} ہوں۔ " + _CLOSE_UR,
         "مورخہ {date} بوقت {time} بجے {spot} {unknown} نے پستول دکھا کر مجھ سے {loot} چھین لیا۔ "
         "ملزمان موٹر سائیکل پر سوار ہو کر موقع سے فرار ہو گئے۔ " + _CLOSE_UR),
        ("On {date} at about {time} I was walking {spot} when {unknown} on a motorcycle stopped me "
         "at gunpoint, snatched {loot} and escaped. I can identify them if seen again. " + _CLOSE_EN,),
        (("mobile phone {phone} and cash {amount}", "موبائل فون {phone} اور نقدی {amount}"),
         ("a purse with cash {amount}", "پرس جس میں نقدی {amount} تھی")),
        (5_000, 120_000),
    ),
    Story(
        "dacoity", _ROBBERY, 0.02, (("PPC", "395"),), "unknown", (5, 6), "M", "home",
        ("مورخہ {date} کی رات بوقت قریب {time} بجے {unknown} مسلح {weapon} میرے گھر میں داخل ہوئے "
         "اور اسلحہ کے زور پر اہل خانہ کو ایک کمرے میں بند کر دیا۔ ملزمان {loot} لوٹ کر فرار ہو "
         "گئے۔ " + _CLOSE_UR,),
        ("On the night of {date} at about {time}, {unknown} armed with {weapon} entered my house, "
         "locked my family in a room at gunpoint and took away {loot}. " + _CLOSE_EN,),
        (("gold ornaments about 6 tola, cash {amount} and three mobile phones",
          "طلائی زیورات تقریباً 6 تولہ، نقدی {amount} اور تین موبائل فون"),),
        (100_000, 1_500_000),
    ),
    Story(
        "robbery_with_hurt", _ROBBERY, 0.02, (("PPC", "392"), ("PPC", "397")), "unknown", (2, 3), "M", "road",
        ("مورخہ {date} کو بوقت {time} بجے میں {spot} سے موٹر سائیکل پر گزر رہا تھا کہ {unknown} نے "
         "مجھے روکا اور {loot} چھیننے کی کوشش کی۔ مزاحمت پر ایک ملزم نے مجھ پر فائر کیا جو میرے "
         "بازو پر لگا۔ ملزمان {loot} لے کر فرار ہو گئے۔ " + _CLOSE_UR,),
        ("On {date} at about {time} I was riding my motorcycle {spot} when {unknown} stopped me and "
         "tried to snatch {loot}. When I resisted one of them fired at me and hit my arm. They "
         "escaped with the property. " + _CLOSE_EN,),
        (("motorcycle {vehicle}, mobile phone {phone} and cash {amount}",
          "موٹر سائیکل {vehicle}، موبائل فون {phone} اور نقدی {amount}"),),
        (10_000, 80_000),
    ),
    Story(
        "cheque_dishonour", _FRAUD, 0.05, (("PPC", "489-F"),), "named", (1, 1), "", "home",
        ("{accused} نے کاروباری لین دین کے سلسلہ میں میری رقم کی ادائیگی کے لیے مبلغ {amount} کا "
         "چیک دیا جو مورخہ {date} کو بینک میں پیش کرنے پر ناکافی رقم کی وجہ سے ڈس آنر ہو گیا۔ ملزم "
         "نے بددیانتی سے چیک جاری کیا ہے اور اب ادائیگی سے انکاری ہے۔ " + _CLOSE_UR,),
        ("{accused} gave me a cheque of {amount} in payment of a business debt. When presented at "
         "the bank on {date} it was dishonoured for insufficient funds. The accused issued the "
         "cheque dishonestly and now refuses to pay. " + _CLOSE_EN,),
        (),
        (150_000, 3_000_000),
    ),
    Story(
        "cheating", _FRAUD, 0.03, (("PPC", "420"),), "named", (1, 2), "", "home",
        ("{accused} نے مجھے بیرون ملک ملازمت دلوانے کا جھانسہ دے کر مورخہ {date} کو مجھ سے مبلغ "
         "{amount} وصول کیے مگر نہ ویزا دیا نہ رقم واپس کی۔ ملزمان نے دھوکہ دہی سے میری رقم ہتھیا "
         "لی ہے۔ " + _CLOSE_UR,
         "{accused} نے ایک پلاٹ کا سودا کر کے مورخہ {date} کو مجھ سے بیعانہ مبلغ {amount} لیا، بعد "
         "میں معلوم ہوا کہ پلاٹ کسی اور کی ملکیت ہے۔ ملزم نے دھوکہ دہی کی ہے۔ " + _CLOSE_UR),
        ("{accused} promised me a job abroad and on {date} took {amount} from me, but gave neither "
         "a visa nor the money back. They have cheated me. " + _CLOSE_EN,),
        (),
        (200_000, 1_500_000),
    ),
    Story(
        "breach_of_trust", _FRAUD, 0.02, (("PPC", "406"),), "named", (1, 1), "M", "home",
        ("میں نے مورخہ {date} کو {accused} کو بطور امانت مبلغ {amount} کا مال برائے فروخت دیا تھا۔ "
         "ملزم نے مال فروخت کر کے رقم خود رکھ لی اور واپسی سے انکاری ہے۔ ملزم نے خیانت مجرمانہ کی "
         "ہے۔ " + _CLOSE_UR,),
        ("On {date} I entrusted goods worth {amount} to {accused} for sale. He sold them, kept the "
         "money and refuses to return it. He has committed criminal breach of trust. " + _CLOSE_EN,),
        (),
        (100_000, 900_000),
    ),
    Story(
        "illegal_arms", _SPECIAL, 0.08, (("ARMS", "13"),), "recovery", (1, 1), "M", "road",
        ("جناب ایس ایچ او صاحب تھانہ {station}! گزارش ہے کہ آج مورخہ {date} بندہ {officer} ہمراہ "
         "{constables} بسلسلہ گشت {spot} موجود تھا کہ بوقت {time} بجے ایک مشکوک شخص آتا دکھائی دیا "
         "جو پولیس کو دیکھ کر واپس مڑنے لگا۔ جسے قابو کر کے نام پتہ دریافت کیا تو اس نے اپنا نام "
         "{accused} بتایا۔ جامہ تلاشی لینے پر اس کے ڈب سے {recovered} برآمد ہوا۔ لائسنس طلب کرنے پر "
         "پیش نہ کر سکا۔ اسلحہ کو بذریعہ فرد مقبوضہ قبضہ پولیس میں لیا گیا۔ تحریر ہذا بغرض اندراج "
         "مقدمہ ارسال تھانہ ہے۔",),
        ("Sir, it is submitted that today on {date} I, {officer}, with {constables}, was on patrol "
         "{spot} when at about {time} a suspicious man turned back on seeing the police. He was "
         "stopped and gave his name as {accused}. On his personal search {recovered} was recovered "
         "from his waist. He could not produce a licence. The weapon was taken into police "
         "possession through a recovery memo. This report is sent for registration of a case.",),
    ),
    Story(
        "narcotics", _SPECIAL, 0.07, (("CNSA", "9(1)(c)"),), "recovery", (1, 1), "M", "road",
        ("جناب ایس ایچ او صاحب تھانہ {station}! گزارش ہے کہ آج مورخہ {date} بندہ {officer} ہمراہ "
         "{constables} {spot} ناکہ بندی پر موجود تھا کہ بوقت {time} بجے مخبر خاص نے اطلاع دی کہ ایک "
         "شخص منشیات فروشی کر رہا ہے۔ اطلاع پر ریڈ کر کے ملزم کو قابو کیا جس نے اپنا نام {accused} "
         "بتایا۔ ملزم کے قبضہ سے {recovered} برآمد ہوئی۔ نمونہ برائے تجزیہ علیحدہ کر کے سربمہر کیا "
         "گیا۔ تحریر ہذا بغرض اندراج مقدمہ ارسال ہے۔",),
        ("Sir, today on {date} I, {officer}, with {constables}, was at a picket {spot} when at "
         "about {time} a special informer reported a man selling narcotics. On a raid the accused "
         "was caught and gave his name as {accused}. {recovered} was recovered from his possession. "
         "A sample was separated and sealed for analysis. This report is sent for registration of a "
         "case.",),
    ),
    Story(
        "liquor", _SPECIAL, 0.03, (("PHO", "3"), ("PHO", "4")), "recovery", (1, 1), "M", "road",
        ("جناب ایس ایچ او صاحب تھانہ {station}! آج مورخہ {date} بوقت {time} بجے بندہ {officer} "
         "ہمراہ {constables} دوران گشت {spot} پہنچا تو اطلاع ملی کہ ایک شخص شراب فروخت کر رہا ہے۔ "
         "ریڈ کر کے ملزم {accused} کو قابو کیا جس کے قبضہ سے {recovered} برآمد ہوئی۔ تحریر ہذا بغرض "
         "اندراج مقدمہ ارسال ہے۔",),
        ("Today on {date} at about {time} I, {officer}, with {constables}, on patrol {spot}, "
         "received information that a man was selling liquor. On a raid {accused} was caught and "
         "{recovered} was recovered from him. Sent for registration of a case.",),
    ),
    Story(
        "kite_flying", _SPECIAL, 0.02, (("KITE", "3"),), "recovery", (1, 1), "M", "street",
        ("جناب ایس ایچ او صاحب تھانہ {station}! آج مورخہ {date} بوقت {time} بجے بندہ {officer} "
         "ہمراہ {constables} دوران گشت {spot} پہنچا تو ایک شخص مکان کی چھت پر پابندی کے باوجود پتنگ "
         "بازی کر رہا تھا۔ ملزم کو قابو کیا جس نے اپنا نام {accused} بتایا۔ موقع سے {recovered} "
         "برآمد ہوئیں۔ تحریر ہذا بغرض اندراج مقدمہ ارسال ہے۔",),
        ("Today on {date} at about {time} I, {officer}, with {constables}, on patrol {spot}, saw a "
         "man flying kites from a rooftop in spite of the ban. He was caught and gave his name as "
         "{accused}. {recovered} were recovered. Sent for registration of a case.",),
    ),
    Story(
        "murder", _MURDER, 0.03, (("PPC", "302"),), "named", (2, 6), "M", "fields",
        ("مورخہ {date} کو بوقت قریب {time} بجے میرا {victim} {spot} موجود تھا اور میں اور "
         "{witnesses} بھی قریب موجود تھے کہ {accused} مسلح {weapon} آئے اور للکارا کہ آج اسے زندہ "
         "نہیں چھوڑیں گے۔ ملزمان نے سیدھے فائر کیے جو میرے {victim} کے سینے اور پیٹ پر لگے اور وہ "
         "موقع پر ہی جاں بحق ہو گیا۔ ہم نے ملزمان کو پکڑنے کی کوشش کی مگر وہ فائرنگ کرتے ہوئے فرار "
         "ہو گئے۔ وجہ عناد {motive} ہے۔ " + _CLOSE_UR,),
        ("On {date} at about {time} my {victim} was present {spot}; {witnesses} and I were nearby "
         "when {accused}, armed with {weapon}, came and shouted that they would not leave him "
         "alive. They fired straight at him; the shots hit his chest and abdomen and he died on the "
         "spot. We tried to catch them but they fled firing. The motive is {motive}. " + _CLOSE_EN,),
    ),
    Story(
        "harassment", _WOMEN, 0.015, (("PPC", "354"),), "named", (1, 1), "F", "street",
        ("مورخہ {date} کو بوقت {time} بجے میں {spot} سے گھر واپس جا رہی تھی کہ {accused} نے میرا "
         "راستہ روکا، نازیبا الفاظ کہے اور ہاتھ پکڑ کر مجھ پر مجرمانہ حملہ کیا۔ میرے شور مچانے پر "
         "{witnesses} آ گئے تو ملزم دھمکیاں دیتا ہوا چلا گیا۔ " + _CLOSE_UR,),
        ("On {date} at about {time} I was going home {spot} when {accused} blocked my way, used "
         "indecent words, caught my hand and assaulted me. When I raised an alarm {witnesses} came "
         "and the accused left, threatening me. " + _CLOSE_EN,),
    ),
    Story(
        "abduction", _WOMEN, 0.01, (("PPC", "365"),), "named", (1, 3), "M", "street",
        ("مورخہ {date} کو بوقت {time} بجے میرا {victim} {spot} موجود تھا کہ {accused} ایک کار میں "
         "آئے اور زبردستی اسے گاڑی میں ڈال کر نامعلوم مقام پر لے گئے۔ واقعہ {witnesses} نے دیکھا "
         "ہے۔ وجہ عناد {motive} ہے۔ مجھے خدشہ ہے کہ ملزمان اسے حبس بے جا میں رکھ کر نقصان پہنچائیں "
         "گے۔ " + _CLOSE_UR,),
        ("On {date} at about {time} my {victim} was {spot} when {accused} came in a car, forced him "
         "into it and took him to an unknown place. {witnesses} saw this. The motive is {motive}. I "
         "fear they will keep him in wrongful confinement and harm him. " + _CLOSE_EN,),
    ),
    Story(
        "rape", _WOMEN, 0.005, (("PPC", "376"),), "named", (1, 1), "F", "home",
        ("مورخہ {date} کو بوقت {time} بجے میں گھر میں اکیلی تھی کہ {accused} زبردستی گھر میں داخل "
         "ہوا اور مجھے زیادتی کا نشانہ بنایا۔ میرے شور پر اہل محلہ آئے تو ملزم فرار ہو گیا۔ میرا "
         "طبی معائنہ کروا لیا گیا ہے۔ " + _CLOSE_UR,),
        ("On {date} at about {time}, when I was alone at home, {accused} forced his way in and "
         "raped me. When I cried out the neighbours came and he ran away. My medical examination "
         "has been done. " + _CLOSE_EN,),
    ),
    Story(
        "trespass", _TRESPASS, 0.015, (("PPC", "447"), ("PPC", "506(ii)")), "named", (1, 3), "M", "fields",
        ("مورخہ {date} کو بوقت {time} بجے {accused} میری ملکیتی زمین واقع {spot} میں ناجائز داخل "
         "ہوئے اور قبضہ کی کوشش کی۔ منع کرنے پر مجھے جان سے مارنے کی دھمکیاں دیں۔ واقعہ {witnesses} "
         "نے دیکھا۔ " + _CLOSE_UR,),
        ("On {date} at about {time} {accused} unlawfully entered my land {spot} and tried to take "
         "possession. When I objected they threatened to kill me. {witnesses} saw this. " + _CLOSE_EN,),
    ),
    Story(
        "house_trespass", _TRESPASS, 0.015, (("PPC", "452"), ("PPC", "506")), "named", (1, 3), "", "home",
        ("مورخہ {date} کو بوقت {time} بجے {accused} زبردستی میرے گھر میں گھس آئے، گالی گلوچ کی اور "
         "سنگین نتائج کی دھمکیاں دیں۔ وجہ عناد {motive} ہے۔ شور پر {witnesses} آ گئے تو ملزمان چلے "
         "گئے۔ " + _CLOSE_UR,),
        ("On {date} at about {time} {accused}, because of {motive}, forced their way into my house, "
         "abused us and threatened serious consequences. They left when {witnesses} arrived. "
         + _CLOSE_EN,),
    ),
    Story(
        "mischief", _TRESPASS, 0.01, (("PPC", "427"),), "named", (1, 2), "M", "home",
        ("مورخہ {date} کی رات بوقت {time} بجے {accused} نے {spot} کے باہر کھڑی میری گاڑی کے شیشے "
         "توڑ دیے جس سے تقریباً {amount} کا نقصان ہوا۔ وجہ عناد {motive} ہے۔ واقعہ {witnesses} نے "
         "دیکھا ہے۔ " + _CLOSE_UR,),
        ("On the night of {date} at about {time} {accused}, because of {motive}, smashed the "
         "windows of my car parked outside {spot}, causing a loss of about {amount}. {witnesses} "
         "saw this. " + _CLOSE_EN,),
        (),
        (20_000, 150_000),
    ),
)

# What a recovery case puts in the malkhana (English, Urdu).
RECOVERED: dict[str, tuple[Pair, ...]] = {
    "illegal_arms": (("one 30-bore pistol with a loaded magazine of 4 rounds",
                      "ایک پستول 30 بور مع میگزین و 4 گولیاں"),
                     ("one 12-bore repeater with 3 cartridges", "ایک رپیٹر 12 بور مع 3 کارتوس")),
    "narcotics": (("1,250 grams of charas", "چرس 1250 گرام"), ("1,100 grams of heroin", "ہیروئن 1100 گرام"),
                  ("1,020 grams of ice (methamphetamine)", "آئس 1020 گرام")),
    "liquor": (("40 litres of locally distilled liquor in a can", "کین میں 40 لیٹر دیسی شراب"),
               ("12 bottles of liquor", "شراب کی 12 بوتلیں")),
    "kite_flying": (("15 kites and 2 rolls of string", "15 پتنگیں اور ڈور کی 2 چرخیاں"),),
}

# The opening of a complainant's statement and the closing police proceedings (English, Urdu).
STATEMENT_OPENING: Pair = ("Stated that I am {complainant}. ",
                           "بیان کیا کہ میں {complainant} {ka} رہائشی ہوں۔ ")
POLICE_PROCEEDINGS: Pair = (
    "\n\nPolice proceedings: the facts stated disclose an offence u/s {sections}. The case is "
    "registered and copies are sent as required. Investigation is entrusted to {io}.",
    "\n\nکارروائی پولیس: حالات مندرجہ سے جرم زیر دفعہ {sections} کا ارتکاب پایا جاتا ہے، لہٰذا "
    "مقدمہ درج رجسٹر کر کے نقول حسب ضابطہ ارسال کی گئیں۔ تفتیش {io} کے سپرد ہے۔",
)
