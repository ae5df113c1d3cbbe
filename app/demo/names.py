"""Curated name, caste, address and phone lists for the demo dataset (data only).

Common Punjabi given names and castes written in Urdu script with the English
spelling used on forms. Combinations are random: no entry describes a real person.
Every pair is (English, Urdu).
"""

from __future__ import annotations

Pair = tuple[str, str]

MALE_NAMES: tuple[Pair, ...] = (
    ("Muhammad Aslam", "محمد اسلم"), ("Muhammad Akram", "محمد اکرم"), ("Ghulam Rasool", "غلام رسول"),
    ("Muhammad Ashraf", "محمد اشرف"), ("Abdul Ghafoor", "عبدالغفور"), ("Muhammad Imran", "محمد عمران"),
    ("Zahid Iqbal", "زاہد اقبال"), ("Tariq Mehmood", "طارق محمود"), ("Shahid Hussain", "شاہد حسین"),
    ("Allah Ditta", "اللہ دتہ"), ("Muhammad Boota", "محمد بوٹا"), ("Khadim Hussain", "خادم حسین"),
    ("Nadeem Abbas", "ندیم عباس"), ("Waqas Ahmed", "وقاص احمد"), ("Usman Ghani", "عثمان غنی"),
    ("Bilal Ahmad", "بلال احمد"), ("Muhammad Ramzan", "محمد رمضان"), ("Liaqat Ali", "لیاقت علی"),
    ("Javed Iqbal", "جاوید اقبال"), ("Saleem Akhtar", "سلیم اختر"), ("Faisal Shahzad", "فیصل شہزاد"),
    ("Amjad Pervaiz", "امجد پرویز"), ("Sardar Khan", "سردار خان"), ("Muhammad Arshad", "محمد ارشد"),
    ("Muhammad Nawaz", "محمد نواز"), ("Muhammad Younas", "محمد یونس"), ("Muhammad Shafiq", "محمد شفیق"),
    ("Muhammad Rafiq", "محمد رفیق"), ("Muhammad Siddique", "محمد صدیق"), ("Muhammad Afzal", "محمد افضل"),
    ("Muhammad Azam", "محمد اعظم"), ("Muhammad Asif", "محمد آصف"), ("Muhammad Irfan", "محمد عرفان"),
    ("Muhammad Kashif", "محمد کاشف"), ("Muhammad Shahbaz", "محمد شہباز"), ("Muhammad Saleem", "محمد سلیم"),
    ("Muhammad Yousaf", "محمد یوسف"), ("Muhammad Riaz", "محمد ریاض"), ("Muhammad Iqbal", "محمد اقبال"),
    ("Muhammad Abbas", "محمد عباس"), ("Muhammad Hanif", "محمد حنیف"), ("Muhammad Sharif", "محمد شریف"),
    ("Ghulam Mustafa", "غلام مصطفیٰ"), ("Ghulam Haider", "غلام حیدر"), ("Ghulam Muhammad", "غلام محمد"),
    ("Ghulam Abbas", "غلام عباس"), ("Abdul Sattar", "عبدالستار"), ("Abdul Majeed", "عبدالمجید"),
    ("Abdul Rasheed", "عبدالرشید"), ("Abdul Qayyum", "عبدالقیوم"), ("Abdul Rehman", "عبدالرحمن"),
    ("Nazir Ahmad", "نذیر احمد"), ("Bashir Ahmad", "بشیر احمد"), ("Manzoor Ahmad", "منظور احمد"),
    ("Mushtaq Ahmad", "مشتاق احمد"), ("Ishtiaq Ahmad", "اشتیاق احمد"), ("Ijaz Ahmad", "اعجاز احمد"),
    ("Riaz Hussain", "ریاض حسین"), ("Akhtar Hussain", "اختر حسین"), ("Zulfiqar Ali", "ذوالفقار علی"),
    ("Shaukat Ali", "شوکت علی"), ("Zafar Iqbal", "ظفر اقبال"), ("Nasir Mehmood", "ناصر محمود"),
    ("Khalid Mehmood", "خالد محمود"), ("Asif Ali", "آصف علی"), ("Ali Raza", "علی رضا"),
    ("Hassan Raza", "حسن رضا"), ("Umar Farooq", "عمر فاروق"), ("Hamza Ali", "حمزہ علی"),
    ("Shahzad Ahmad", "شہزاد احمد"), ("Kamran Ashraf", "کامران اشرف"), ("Adnan Haider", "عدنان حیدر"),
    ("Sajjad Hussain", "سجاد حسین"), ("Mazhar Iqbal", "مظہر اقبال"), ("Naveed Akhtar", "نوید اختر"),
    ("Farhan Ali", "فرحان علی"), ("Asadullah", "اسد اللہ"), ("Rehmat Ali", "رحمت علی"),
    ("Fazal Din", "فضل دین"), ("Noor Muhammad", "نور محمد"), ("Allah Rakha", "اللہ رکھا"),
)

FEMALE_NAMES: tuple[Pair, ...] = (
    ("Naseem Bibi", "نسیم بی بی"), ("Shamim Akhtar", "شمیم اختر"), ("Rukhsana Kausar", "رخسانہ کوثر"),
    ("Nazia Parveen", "نازیہ پروین"), ("Sadia Batool", "سعدیہ بتول"), ("Kaneez Fatima", "کنیز فاطمہ"),
    ("Samina Yasmin", "ثمینہ یاسمین"), ("Iqra Noor", "اقرا نور"), ("Sughran Bibi", "صغراں بی بی"),
    ("Parveen Akhtar", "پروین اختر"), ("Nasreen Bibi", "نسرین بی بی"), ("Shazia Bibi", "شازیہ بی بی"),
    ("Farzana Kausar", "فرزانہ کوثر"), ("Zahida Parveen", "زاہدہ پروین"), ("Ayesha Bibi", "عائشہ بی بی"),
    ("Fatima Bibi", "فاطمہ بی بی"), ("Maryam Bibi", "مریم بی بی"), ("Saima Naureen", "صائمہ نورین"),
    ("Asma Batool", "عاصمہ بتول"), ("Shabana Kausar", "شبانہ کوثر"), ("Rehana Yasmin", "ریحانہ یاسمین"),
    ("Humaira Naz", "حمیرا ناز"), ("Tahira Begum", "طاہرہ بیگم"), ("Salma Bibi", "سلمیٰ بی بی"),
    ("Kulsoom Bibi", "کلثوم بی بی"), ("Nadia Ashraf", "نادیہ اشرف"), ("Sana Arshad", "ثنا ارشد"),
)

# Castes most heard in each district's FIRs; the shared tail keeps the mix varied.
CASTES: dict[str, tuple[Pair, ...]] = {
    "Lahore": (("Arain", "آرائیں"), ("Butt", "بٹ"), ("Sheikh", "شیخ"), ("Kashmiri", "کشمیری"),
               ("Rajput", "راجپوت"), ("Jat", "جٹ"), ("Mughal", "مغل"), ("Ansari", "انصاری")),
    "Faisalabad": (("Jat", "جٹ"), ("Arain", "آرائیں"), ("Rajput", "راجپوت"), ("Kamboh", "کمبوہ"),
                   ("Dogar", "ڈوگر"), ("Baloch", "بلوچ"), ("Khokhar", "کھوکھر"), ("Bhatti", "بھٹی")),
    "Rawalpindi": (("Awan", "اعوان"), ("Janjua", "جنجوعہ"), ("Abbasi", "عباسی"), ("Kiani", "کیانی"),
                   ("Satti", "ستی"), ("Gujjar", "گجر"), ("Minhas", "منہاس"), ("Mughal", "مغل")),
}
COMMON_CASTES: tuple[Pair, ...] = (
    ("Syed", "سید"), ("Qureshi", "قریشی"), ("Malik", "ملک"), ("Gujjar", "گجر"), ("Awan", "اعوان"),
    ("Sheikh", "شیخ"), ("Ansari", "انصاری"), ("Mirza", "مرزا"),
)

# Mohallas, colonies and towns of each district (English, Urdu).
LOCALITIES: dict[str, tuple[Pair, ...]] = {
    "Lahore": (
        ("Model Town", "ماڈل ٹاؤن"), ("Faisal Town", "فیصل ٹاؤن"), ("Township", "ٹاؤن شپ"),
        ("Green Town", "گرین ٹاؤن"), ("Kot Lakhpat", "کوٹ لکھپت"), ("Gulberg", "گلبرگ"),
        ("Ichhra", "اچھرہ"), ("Mozang", "مزنگ"), ("Garhi Shahu", "گڑھی شاہو"),
        ("Samanabad", "سمن آباد"), ("Islampura", "اسلام پورہ"), ("Johar Town", "جوہر ٹاؤن"),
        ("Kahna Nau", "کاہنہ نو"), ("Raiwind", "رائے ونڈ"), ("Mughalpura", "مغلپورہ"),
    ),
    "Faisalabad": (
        ("Mansoorabad", "منصور آباد"), ("Ghulam Muhammad Abad", "غلام محمد آباد"),
        ("Peoples Colony", "پیپلز کالونی"), ("Madina Town", "مدینہ ٹاؤن"), ("Samanabad", "سمن آباد"),
        ("Batala Colony", "بٹالہ کالونی"), ("Nishatabad", "نشاط آباد"), ("Civil Lines", "سول لائنز"),
        ("Gulistan Colony", "گلستان کالونی"), ("Millat Town", "ملت ٹاؤن"), ("Jaranwala", "جڑانوالہ"),
    ),
    "Rawalpindi": (
        ("Dhoke Hassu", "ڈھوک حسو"), ("Dhoke Ratta", "ڈھوک رتہ"), ("Dhoke Kala Khan", "ڈھوک کالا خان"),
        ("Waris Khan", "وارث خان"), ("Satellite Town", "سیٹلائٹ ٹاؤن"), ("Pir Wadhai", "پیرودھائی"),
        ("Muslim Town", "مسلم ٹاؤن"), ("Amarpura", "امرپورہ"), ("Banni", "بنی"), ("Chaklala", "چکلالہ"),
        ("Gujar Khan", "گوجر خان"),
    ),
}
CITY: dict[str, Pair] = {
    "Lahore": ("Lahore", "لاہور"), "Faisalabad": ("Faisalabad", "فیصل آباد"),
    "Rawalpindi": ("Rawalpindi", "راولپنڈی"),
}
# Villages are written as chak numbers around Faisalabad and by name elsewhere.
VILLAGES: dict[str, tuple[Pair, ...]] = {
    "Lahore": (("Mauza Kahna Kacha", "موضع کاہنہ کاچھا"), ("Mauza Pajian", "موضع پاجیاں"),
               ("Mauza Jia Bagga", "موضع جیا بگا")),
    "Faisalabad": (("Chak No. {n}/RB, Tehsil Jaranwala", "چک نمبر {n} ر ب، تحصیل جڑانوالہ"),
                   ("Chak No. {n}/GB, Tehsil Jaranwala", "چک نمبر {n} گ ب، تحصیل جڑانوالہ"),
                   ("Chak No. {n}/JB, Tehsil Faisalabad Sadar", "چک نمبر {n} ج ب، تحصیل فیصل آباد صدر")),
    "Rawalpindi": (("Mauza Daultala, Tehsil Gujar Khan", "موضع دولتالہ، تحصیل گوجر خان"),
                   ("Mauza Jatli, Tehsil Gujar Khan", "موضع جاتلی، تحصیل گوجر خان"),
                   ("Mauza Mandra, Tehsil Gujar Khan", "موضع مندرہ، تحصیل گوجر خان"),
                   ("Mauza Bewal, Tehsil Gujar Khan", "موضع بیول، تحصیل گوجر خان")),
}
# Street addresses: {n} house number, {g} street, {b} block letter, {place} locality, {city}.
STREET_ADDRESSES: tuple[Pair, ...] = (
    ("House {n}-{b}, {place}, {city}", "مکان نمبر {n}-{b}، {place}، {city}"),
    ("House {n}, Gali {g}, {place}, {city}", "مکان نمبر {n}، گلی نمبر {g}، {place}، {city}"),
    ("Gali {g}, Mohalla {place}, {city}", "گلی نمبر {g}، محلہ {place}، {city}"),
    ("House {n}, Street {g}, Block {b}, {place}, {city}",
     "مکان نمبر {n}، گلی نمبر {g}، بلاک {b}، {place}، {city}"),
)

# Visitors from other provinces: (CNIC district prefix, English address, Urdu address).
VISITOR_HOMES: tuple[tuple[str, str, str], ...] = (
    ("17301", "Mohalla Jangi, Peshawar", "محلہ جنگی، پشاور"),
    ("17301", "Hayatabad Phase 3, Peshawar", "حیات آباد فیز 3، پشاور"),
    ("42101", "Block 5, Gulshan-e-Iqbal, Karachi", "بلاک 5، گلشن اقبال، کراچی"),
    ("42201", "Sector 11-A, North Karachi", "سیکٹر 11-اے، نارتھ کراچی"),
    ("61101", "Street 12, G-9/2, Islamabad", "گلی نمبر 12، جی 9/2، اسلام آباد"),
)

# First five CNIC digits (province, division, district, tehsil) used for residents.
CNIC_PREFIXES: dict[str, tuple[str, ...]] = {
    "Lahore": ("35201", "35202"),
    "Faisalabad": ("33100", "33101", "33102"),
    "Rawalpindi": ("37405", "37406", "37401"),
}

# Mobile network prefixes (03XX).
PHONE_PREFIXES: tuple[str, ...] = (
    "0300", "0301", "0302", "0303", "0304", "0305", "0306", "0307", "0308", "0309",
    "0310", "0311", "0312", "0313", "0315", "0320", "0321", "0322", "0323",
    "0333", "0334", "0335", "0336", "0340", "0341", "0342", "0343", "0345", "0346", "0347",
)

# Registration-mark letters per district for vehicle numbers (LEB-8979 style).
PLATE_PREFIXES: dict[str, tuple[str, ...]] = {
    "Lahore": ("LEA", "LEB", "LEC", "LED", "LEE", "LEF", "LEH", "LEJ"),
    "Faisalabad": ("FDA", "FDB", "FDC", "FDE", "FDG"),
    "Rawalpindi": ("RIA", "RIB", "RIK", "RIL", "RIN"),
}

# Two foreign engineers on a work visa (passport only), in English and Urdu script.
FOREIGNERS: tuple[tuple[Pair, Pair, str], ...] = (
    (("Li Wei", "لی وے"), ("Li Jun", "لی جُن"), "M"),
    (("Zhang Min", "ژانگ من"), ("Zhang Hua", "ژانگ ہوا"), "F"),
)

# Nicknames recorded as aliases of some accused (English, Urdu).
ALIASES: tuple[Pair, ...] = (
    ("Billa", "بلا"), ("Kaka", "کاکا"), ("Mithu", "مٹھو"),
    ("Papu", "پپو"), ("Bhola", "بھولا"), ("Lucky", "لکی"),
)
