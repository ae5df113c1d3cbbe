"""Daily-diary (roznamcha) wording for the demo, in Urdu and English.

Each template is a (English, Urdu) pair filled by ``str.format``. FIR numbers,
sections and names come from the generator in the entry's language.
"""

from __future__ import annotations

Pair = tuple[str, str]

CUSTODY_EMPTY: Pair = (
    "Opening entry: diary opened. The lock-up is empty; no accused is in custody.",
    "ابتدائی رپٹ: آغاز روزنامچہ۔ حوالات تھانہ خالی ہے، کوئی ملزم بند نہیں۔",
)
CUSTODY_LIST: Pair = (
    "Opening entry: diary opened. Persons in the lock-up: {list}.",
    "ابتدائی رپٹ: آغاز روزنامچہ۔ حوالات تھانہ میں بند افراد: {list}۔",
)
CUSTODY_ITEM: Pair = (
    "{accused}, FIR {fir} u/s {sections}, arrested on {date} at {time}",
    "{accused}، مقدمہ نمبر {fir} بجرم {sections}، گرفتار مورخہ {date} بوقت {time}",
)

FIR_FROM_APPLICATION: Pair = (
    "{complainant} appeared at the police station and presented an application. FIR {fir} u/s "
    "{sections} registered; copies sent as required. Investigation entrusted to {io}.",
    "{complainant} نے حاضر تھانہ ہو کر درخواست پیش کی، جس پر مقدمہ نمبر {fir} بجرم {sections} درج "
    "رجسٹر کیا گیا۔ نقول حسب ضابطہ ارسال کی گئیں۔ تفتیش {io} کے سپرد کی گئی۔",
)
FIR_FROM_REPORT: Pair = (
    "Written report of {officer} received through {constable}. FIR {fir} u/s {sections} registered. "
    "Investigation entrusted to {io}.",
    "{officer} کی تحریر بدست {constable} موصول ہوئی، جس پر مقدمہ نمبر {fir} بجرم {sections} درج "
    "رجسٹر کیا گیا۔ تفتیش {io} کے سپرد کی گئی۔",
)

PATROL_OUT: Pair = (
    "{officer} with {constables} left in the official vehicle for patrol of {beat}.",
    "{officer} ہمراہ {constables} بسواری سرکاری گاڑی برائے گشت علاقہ {beat} روانہ ہوئے۔",
)
PATROL_BACK: Pair = (
    "{officer} and staff returned from patrol of {beat}. Nothing noteworthy happened.",
    "{officer} ہمراہ ملازمان بعد از گشت علاقہ {beat} واپس تھانہ آئے۔ دوران گشت کوئی خاص واقعہ پیش نہیں آیا۔",
)
SPOT_OUT: Pair = (
    "{io} with {constables} left for the spot to investigate FIR {fir}.",
    "{io} ہمراہ {constables} برائے تفتیش مقدمہ نمبر {fir} روانہ موقع ہوئے۔",
)
SPOT_BACK: Pair = (
    "{io} returned after investigating FIR {fir} at the spot; prepared the site plan and recorded "
    "statements u/s 161 CrPC.",
    "{io} بعد از تفتیش مقدمہ نمبر {fir} واپس تھانہ آئے۔ نقشہ موقع مرتب کیا اور بیانات زیر دفعہ 161 "
    "ض ف قلمبند کیے۔",
)

ARREST: Pair = (
    "{io} arrested accused {accused} in FIR {fir} u/s {sections} on {date} at {time} at {place}. "
    "The accused was locked up in the police station.",
    "{io} نے ملزم {accused} کو مقدمہ نمبر {fir} بجرم {sections} میں مورخہ {date} بوقت {time} بمقام "
    "{place} گرفتار کیا۔ ملزم کو حوالات تھانہ میں بند کیا گیا۔",
)
MALKHANA: Pair = (
    "Case property of FIR {fir}: {items} ({parcels} sealed parcels) handed over by {io} to the "
    "malkhana moharrar and entered in Register No. 19.",
    "مقدمہ نمبر {fir} کا مال مقدمہ {items} ({parcels} پارسل سربمہر) {io} نے محرر مال خانہ کے حوالے "
    "کیا، رجسٹر نمبر 19 میں اندراج کیا گیا۔",
)
COURT_PHYSICAL: Pair = (
    "Accused {accused} of FIR {fir} taken out of the lock-up and produced with {constables} before "
    "the Judicial Magistrate, {court}. Physical remand of {days} days granted; the accused was "
    "locked up again.",
    "ملزم {accused} مقدمہ نمبر {fir} کو حوالات سے نکال کر بہمراہی {constables} عدالت جناب جوڈیشل "
    "مجسٹریٹ {court} پیش کیا گیا۔ {days} یوم جسمانی ریمانڈ منظور ہوا، ملزم کو واپس حوالات بند کیا "
    "گیا۔",
)
COURT_JUDICIAL: Pair = (
    "Accused {accused} of FIR {fir} taken out of the lock-up and produced with {constables} before "
    "the Judicial Magistrate, {court}, who sent him to jail on judicial remand.",
    "ملزم {accused} مقدمہ نمبر {fir} کو حوالات سے نکال کر بہمراہی {constables} عدالت جناب جوڈیشل "
    "مجسٹریٹ {court} پیش کیا گیا۔ عدالت نے ملزم کو جوڈیشل ریمانڈ پر جیل بھیج دیا۔",
)
RELEASE_ON_BAIL: Pair = (
    "Accused {accused} of FIR {fir} released on bail bonds, the offence being bailable.",
    "ملزم {accused} مقدمہ نمبر {fir} کو جرم قابل ضمانت ہونے پر ضمانت مچلکہ پر رہا کیا گیا۔",
)

CORRECTION_REASONS: tuple[Pair, ...] = (
    ("Distance and direction from the police station corrected according to the site plan of the IO.",
     "تفتیشی افسر کے نقشہ موقع کے مطابق تھانہ سے فاصلہ و سمت درست کی گئی۔"),
    ("Place of occurrence written more precisely on the complainant's supplementary statement.",
     "مدعی کے بیان تکمیلی کے مطابق جائے وقوعہ کی درست نشاندہی درج کی گئی۔"),
)
CANCELLATION_REASONS: tuple[Pair, ...] = (
    ("Cancelled on the order of the Illaqa Magistrate on the cancellation report (Police Rule "
     "24.7): the complaint was found false. A kalandra u/s 182 PPC against the complainant follows.",
     "عدالت جناب علاقہ مجسٹریٹ کے حکم پر رپورٹ اخراج منظور (قاعدہ 24.7)؛ درخواست جھوٹی پائی گئی۔ "
     "مدعی کے خلاف کلندرہ زیر دفعہ 182 ت پ مرتب کیا جا رہا ہے۔"),
    ("Cancelled on the order of the Illaqa Magistrate: the parties proved the matter to be of a "
     "civil nature.",
     "عدالت جناب علاقہ مجسٹریٹ کے حکم پر مقدمہ خارج کیا گیا؛ معاملہ دیوانی نوعیت کا ثابت ہوا۔"),
)
