<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>AccountDialog</name>
    <message>
        <source>New user</source>
        <translation>نیا صارف</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>%1 کا پاس ورڈ دوبارہ ترتیب دیں</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>یوزر نیم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>پورا نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>عہدہ</translation>
    </message>
    <message>
        <source>Password (12 characters or more)</source>
        <translation>پاس ورڈ (کم از کم 12 حروف)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>پاس ورڈ دوبارہ</translation>
    </message>
    <message>
        <source>Second administrator</source>
        <translation>دوسرا ایڈمن</translation>
    </message>
    <message>
        <source>Their password</source>
        <translation>ان کا پاس ورڈ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;محفوظ کریں</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>دونوں پاس ورڈ مختلف ہیں۔</translation>
    </message>
</context>
<context>
    <name>AccusedRow</name>
    <message>
        <source>Remove this accused</source>
        <translation>اس ملزم کو ہٹائیں</translation>
    </message>
    <message>
        <source>Description (if not known by name)</source>
        <translation>حلیہ (اگر نام معلوم نہ ہو)</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>By</source>
        <translation>کس نے</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>Note (the reason, for a rejection)</source>
        <translation>نوٹ (مسترد کرنے کی صورت میں وجہ)</translation>
    </message>
    <message>
        <source>Record &amp;step</source>
        <translation>مرحلہ &amp;درج کریں</translation>
    </message>
    <message>
        <source>5: excellent</source>
        <translation>5: بہترین</translation>
    </message>
    <message>
        <source>4: good</source>
        <translation>4: اچھا</translation>
    </message>
    <message>
        <source>3: fair</source>
        <translation>3: مناسب</translation>
    </message>
    <message>
        <source>2: poor</source>
        <translation>2: کمزور</translation>
    </message>
    <message>
        <source>1: very poor</source>
        <translation>1: بہت کمزور</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;حوالے کریں</translation>
    </message>
    <message>
        <source>Fee &amp;receipt (PDF)</source>
        <translation>فیس کی &amp;رسید (پی ڈی ایف)</translation>
    </message>
    <message>
        <source>Certified &amp;FIR copy...</source>
        <translation>ایف آئی آر کی مصدقہ &amp;نقل...</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;اگلا مرحلہ</translation>
    </message>
    <message>
        <source>Hand-over: the applicant&apos;s feedback</source>
        <translation>حوالگی: درخواست گزار کی رائے</translation>
    </message>
    <message>
        <source>Ra&amp;ting</source>
        <translation>&amp;درجہ بندی</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>&amp;تبصرہ</translation>
    </message>
    <message>
        <source>Document checklist</source>
        <translation>دستاویزات کی فہرست</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>حیثیت کی ٹائم لائن</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>درخواست %1</translation>
    </message>
    <message>
        <source>Tracking No.: %1</source>
        <translation>ٹریکنگ نمبر: %1</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>سروس: %1</translation>
    </message>
    <message>
        <source>Applicant: %1 (%2)</source>
        <translation>درخواست گزار: %1 (%2)</translation>
    </message>
    <message>
        <source>Fee: Rs %1</source>
        <translation>فیس: %1 روپے</translation>
    </message>
    <message>
        <source>Applied on behalf by %1, CNIC %2</source>
        <translation>بجانب درخواست دہندہ %1، شناختی کارڈ %2</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>مقررہ وقت %1</translation>
    </message>
    <message>
        <source>OVERDUE: %1</source>
        <translation>تاخیر: %1</translation>
    </message>
    <message>
        <source>Feedback %1/5 %2</source>
        <translation>رائے %1/5 %2</translation>
    </message>
    <message>
        <source>Save fee receipt</source>
        <translation>فیس کی رسید محفوظ کریں</translation>
    </message>
</context>
<context>
    <name>ApplicationForm</name>
    <message>
        <source>Receive an application</source>
        <translation>درخواست وصول کریں</translation>
    </message>
    <message>
        <source>CNIC, B-Form or passport number</source>
        <translation>شناختی کارڈ، ب فارم یا پاسپورٹ نمبر</translation>
    </message>
    <message>
        <source>&amp;Find (F3)</source>
        <translation>&amp;تلاش (F3)</translation>
    </message>
    <message>
        <source>Someone else applies on the applicant&apos;s &amp;behalf</source>
        <translation>کوئی اور درخواست گزار کی &amp;جانب سے درخواست دے رہا ہے</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;سروس</translation>
    </message>
    <message>
        <source>Token %1</source>
        <translation>ٹوکن %1</translation>
    </message>
    <message>
        <source>&amp;Applicant&apos;s CNIC / passport</source>
        <translation>درخواست &amp;گزار کا شناختی کارڈ / پاسپورٹ</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>نام (انگریزی)</translation>
    </message>
    <message>
        <source>Name (Urdu)</source>
        <translation>نام (اردو)</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>رشتہ</translation>
    </message>
    <message>
        <source>Father&apos;s or husband&apos;s name</source>
        <translation>والد یا شوہر کا نام</translation>
    </message>
    <message>
        <source>Name of the person applying</source>
        <translation>درخواست دہندہ کا نام</translation>
    </message>
    <message>
        <source>Their CNIC</source>
        <translation>ان کا شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <source>Relation to the applicant</source>
        <translation>درخواست گزار سے رشتہ</translation>
    </message>
    <message>
        <source>SMS &amp;language</source>
        <translation>ایس ایم ایس کی &amp;زبان</translation>
    </message>
    <message>
        <source>&amp;Receive application</source>
        <translation>درخواست &amp;وصول کریں</translation>
    </message>
    <message>
        <source>Not in the person index: enter the applicant&apos;s name to add them.</source>
        <translation>افراد کے اشاریے میں موجود نہیں: اندراج کے لیے درخواست گزار کا نام لکھیں۔</translation>
    </message>
    <message>
        <source>Applicant: %1 %2 %3</source>
        <translation>درخواست گزار: %1 %2 %3</translation>
    </message>
    <message>
        <source>Nothing was saved: an unexpected error occurred (see the error report).</source>
        <translation>کچھ محفوظ نہیں ہوا: ایک غیر متوقع خرابی پیش آئی (خرابی کی رپورٹ دیکھیں)۔</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>user name</source>
        <translation>یوزر نیم</translation>
    </message>
    <message>
        <source>words in the target or details</source>
        <translation>ہدف یا تفصیل میں الفاظ</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;دکھائیں</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>CSV &amp;برآمد کریں...</translation>
    </message>
    <message>
        <source>User</source>
        <translation>صارف</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>عمل</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>When</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>کمپیوٹر</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ہدف</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <source>Audit trail (append-only, hash-chained; times in Pakistan time)</source>
        <translation>آڈٹ ریکارڈ (صرف اضافہ، ہیش زنجیر سے محفوظ؛ اوقات پاکستانی وقت میں)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n ریکارڈ</numerusform>
            <numerusform>%n ریکارڈ</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>آڈٹ ریکارڈ برآمد کریں</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported</source>
        <translation>
            <numerusform>%n ریکارڈ برآمد ہوا</numerusform>
            <numerusform>%n ریکارڈ برآمد ہوئے</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureWidget</name>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;لیں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>Press Capture (F5), then place a finger on the scanner.</source>
        <translation>&quot;لیں&quot; (F5) دبائیں، پھر انگلی سکینر پر رکھیں۔</translation>
    </message>
    <message>
        <source>No fingerprint scanner is connected. Plug one in; the rest of Thana works without it.</source>
        <translation>کوئی فنگر پرنٹ سکینر منسلک نہیں۔ سکینر لگائیں؛ تھانہ کا باقی کام اس کے بغیر بھی چلتا ہے۔</translation>
    </message>
    <message>
        <source>Place a finger flat on the scanner.</source>
        <translation>انگلی سیدھی سکینر پر رکھیں۔</translation>
    </message>
    <message>
        <source>Hold still...</source>
        <translation>انگلی ہلائیں نہیں...</translation>
    </message>
    <message>
        <source>Reading the image: %1%</source>
        <translation>تصویر پڑھی جا رہی ہے: %1%</translation>
    </message>
    <message>
        <source>Lift your finger.</source>
        <translation>انگلی اٹھا لیں۔</translation>
    </message>
    <message>
        <source>Capture cancelled.</source>
        <translation>فنگر پرنٹ لینا منسوخ کر دیا گیا۔</translation>
    </message>
    <message>
        <source>good</source>
        <translation>اچھا</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>درمیانہ</translation>
    </message>
    <message>
        <source>poor: clean the glass and place the finger again</source>
        <translation>کمزور: شیشہ صاف کر کے انگلی دوبارہ رکھیں</translation>
    </message>
    <message>
        <source>Quality: %1 / 100 (%2)</source>
        <translation>معیار: %1 / 100 (%2)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>اپنا پاس ورڈ تبدیل کریں</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>موجودہ پاس ورڈ</translation>
    </message>
    <message>
        <source>New password (12 characters or more)</source>
        <translation>نیا پاس ورڈ (کم از کم 12 حروف)</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>نیا پاس ورڈ دوبارہ</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>پاس ورڈ &amp;تبدیل کریں</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>دونوں نئے پاس ورڈ مختلف ہیں۔</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <source>Fingerprint check</source>
        <translation>فنگر پرنٹ پڑتال</translation>
    </message>
    <message>
        <source>Take one thumb or index finger. The answer comes from this station&apos;s records, without the network.</source>
        <translation>ایک انگوٹھا یا شہادت کی انگلی لیں۔ جواب اسی تھانے کے ریکارڈ سے آتا ہے، نیٹ ورک کے بغیر۔</translation>
    </message>
    <message>
        <source>check post or counter, e.g. Thokar Niaz Baig picket</source>
        <translation>چیک پوسٹ یا کاؤنٹر، مثلاً ٹھوکر نیاز بیگ ناکہ</translation>
    </message>
    <message>
        <source>Place of the check</source>
        <translation>پڑتال کی جگہ</translation>
    </message>
    <message>
        <source>Searching the records...</source>
        <translation>ریکارڈ میں تلاش جاری ہے...</translation>
    </message>
    <message>
        <source>RED: probable hit. Hold the person and verify the record below.</source>
        <translation>سرخ: غالب امکان ہے کہ ریکارڈ مل گیا۔ فرد کو روکیں اور نیچے دیے گئے ریکارڈ کی تصدیق کریں۔</translation>
    </message>
    <message>
        <source>YELLOW: possible match. Compare the candidates below before deciding.</source>
        <translation>زرد: ممکنہ مماثلت۔ فیصلہ کرنے سے پہلے نیچے دیے گئے افراد کا موازنہ کریں۔</translation>
    </message>
    <message>
        <source>GREEN: no record at this station matches this finger.</source>
        <translation>سبز: اس تھانے کا کوئی ریکارڈ اس انگلی سے نہیں ملتا۔</translation>
    </message>
    <message>
        <source>Answered in %1 s.</source>
        <translation>جواب %1 سیکنڈ میں۔</translation>
    </message>
    <message>
        <source>%1, match score %2 of 100</source>
        <translation>%1، مماثلت 100 میں سے %2</translation>
    </message>
</context>
<context>
    <name>ChecksBox</name>
    <message>
        <source>Record checks</source>
        <translation>ریکارڈ کی جانچ</translation>
    </message>
    <message>
        <source>Run the record &amp;checks</source>
        <translation>ریکارڈ کی جانچ کریں (&amp;C)</translation>
    </message>
    <message>
        <source>The checks are recorded below.</source>
        <translation>جانچ کے نتائج نیچے درج ہیں۔</translation>
    </message>
    <message>
        <source>Take one of the applicant&apos;s fingers: it is searched against this station&apos;s records with the CNIC check, and the application moves on.</source>
        <translation>درخواست گزار کی ایک انگلی کا نشان لیں: اسے شناختی کارڈ کی جانچ کے ساتھ اس تھانے کے ریکارڈ میں تلاش کیا جائے گا، اور درخواست آگے بڑھ جائے گی۔</translation>
    </message>
    <message>
        <source>Run the checks this service makes; a hit goes to the SHO.</source>
        <translation>اس سروس کی جانچ کریں؛ کوئی ریکارڈ ملنے پر درخواست ایس ایچ او کو جائے گی۔</translation>
    </message>
    <message>
        <source>Khidmat Markaz counter</source>
        <translation>خدمت مرکز کاؤنٹر</translation>
    </message>
</context>
<context>
    <name>CloseDayDialog</name>
    <message>
        <source>Close a day of the daily diary</source>
        <translation>روزنامچہ کا دن بند کریں</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>دن بند کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>دن</translation>
    </message>
    <message>
        <source>Once closed, a day takes no more entries; corrections go into a later day.</source>
        <translation>بند ہونے کے بعد اس دن میں مزید رپٹ درج نہیں ہو سکتی؛ تصحیح بعد کے کسی دن میں درج ہو گی۔</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>FIR No.</source>
        <translation>ایف آئی آر نمبر</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>وقتِ رپورٹ</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>مدعی</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>دفعات</translation>
    </message>
    <message>
        <source>Tracking No.</source>
        <translation>ٹریکنگ نمبر</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>سروس</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>درخواست گزار</translation>
    </message>
    <message>
        <source>CNIC / passport</source>
        <translation>شناختی کارڈ / پاسپورٹ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>مقررہ وقت</translation>
    </message>
    <message>
        <source>Investigating officer</source>
        <translation>تفتیشی افسر</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>رپٹ</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>وقتِ تحریر</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>نوعیت</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>تحریر</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>افسر</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Step</source>
        <translation>مرحلہ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>By</source>
        <translation>از</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>سپرد &amp;کریں</translation>
    </message>
    <message>
        <source>What was done, or the reason for closing</source>
        <translation>کیا کارروائی ہوئی، یا نمٹانے کی وجہ</translation>
    </message>
    <message>
        <source>Record &amp;progress</source>
        <translation>پیش رفت &amp;درج کریں</translation>
    </message>
    <message>
        <source>C&amp;lose complaint</source>
        <translation>شکایت &amp;نمٹائیں</translation>
    </message>
    <message>
        <source>Convert to &amp;FIR...</source>
        <translation>ایف آئی آر &amp;درج کریں...</translation>
    </message>
    <message>
        <source>Assign &amp;to</source>
        <translation>کس کے &amp;سپرد</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;نوٹ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچہ</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>شکایت %1</translation>
    </message>
    <message>
        <source>E-tag: %1</source>
        <translation>ای ٹیگ: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>نوعیت: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>ذریعہ: %1</translation>
    </message>
    <message>
        <source>Complainant: %1 %2</source>
        <translation>شکایت کنندہ: %1 %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>کیفیت: %1</translation>
    </message>
    <message>
        <source>Assigned to: %1</source>
        <translation>سپرد: %1</translation>
    </message>
    <message>
        <source>Received at the counter: application %1</source>
        <translation>کاؤنٹر پر موصول: درخواست %1</translation>
    </message>
    <message>
        <source>FIR registered: %1</source>
        <translation>ایف آئی آر درج: %1</translation>
    </message>
    <message>
        <source>Action promised by %1</source>
        <translation>کارروائی کا وعدہ %1 تک</translation>
    </message>
    <message>
        <source>OVERDUE: %1</source>
        <translation>مقررہ وقت گزر گیا: %1</translation>
    </message>
    <message>
        <source>New FIR on complaint %1</source>
        <translation>شکایت %1 پر نئی ایف آئی آر</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <source>Register a complaint</source>
        <translation>شکایت درج کریں</translation>
    </message>
    <message>
        <source>Counter tracking number, if the complaint came through the counter</source>
        <translation>کاؤنٹر کا ٹریکنگ نمبر، اگر شکایت کاؤنٹر کے ذریعے آئی</translation>
    </message>
    <message>
        <source>&amp;Fill from application (F4)</source>
        <translation>درخواست سے &amp;بھریں (F4)</translation>
    </message>
    <message>
        <source>Counter &amp;tracking No.</source>
        <translation>کاؤنٹر &amp;ٹریکنگ نمبر</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;نوعیت</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;ذریعہ</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;واقعے کی تفصیل</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;جائے وقوعہ</translation>
    </message>
    <message>
        <source>&amp;Date of the incident</source>
        <translation>وقوعہ کی &amp;تاریخ</translation>
    </message>
    <message>
        <source>&amp;Mobile for SMS notices</source>
        <translation>ایس ایم ایس کے لیے &amp;موبائل نمبر</translation>
    </message>
    <message>
        <source>SMS &amp;language</source>
        <translation>ایس ایم ایس کی &amp;زبان</translation>
    </message>
    <message>
        <source>&amp;Register complaint</source>
        <translation>شکایت &amp;درج کریں</translation>
    </message>
    <message>
        <source>Nothing was saved: an unexpected error occurred (see the error report).</source>
        <translation>کچھ محفوظ نہیں ہوا: ایک غیر متوقع خرابی پیش آئی (خرابی کی رپورٹ دیکھیں)۔</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Search: e-tag, name, CNIC or words of the complaint</source>
        <translation>تلاش: ای ٹیگ، نام، شناختی کارڈ یا شکایت کے الفاظ</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>صرف &amp;تاخیر والی</translation>
    </message>
    <message>
        <source>&amp;New complaint</source>
        <translation>&amp;نئی شکایت</translation>
    </message>
    <message>
        <source>&amp;Escalate overdue now</source>
        <translation>تاخیر والی شکایات ابھی &amp;آگے بھیجیں</translation>
    </message>
    <message>
        <source>E-tag</source>
        <translation>ای ٹیگ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>موصول</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>نوعیت</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>شکایت کنندہ</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>سپرد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>کیفیت</translation>
    </message>
    <message>
        <source>Action due</source>
        <translation>کارروائی کی آخری تاریخ</translation>
    </message>
    <message>
        <source>Complaints (front desk)</source>
        <translation>شکایات (فرنٹ ڈیسک)</translation>
    </message>
    <message>
        <source>%1 complaints shown</source>
        <translation>%1 شکایات دکھائی گئیں</translation>
    </message>
    <message>
        <source>Escalated: %1</source>
        <translation>آگے بھیجی گئیں: %1</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>&amp;Issue token (F5)</source>
        <translation>ٹوکن &amp;جاری کریں (F5)</translation>
    </message>
    <message>
        <source>&amp;Call next (F6)</source>
        <translation>اگلا &amp;بلائیں (F6)</translation>
    </message>
    <message>
        <source>&amp;Recall (F7)</source>
        <translation>&amp;دوبارہ بلائیں (F7)</translation>
    </message>
    <message>
        <source>S&amp;kip (F8)</source>
        <translation>&amp;چھوڑیں (F8)</translation>
    </message>
    <message>
        <source>&amp;Queue screen</source>
        <translation>&amp;قطار کی اسکرین</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>سروس</translation>
    </message>
    <message>
        <source>Counter No.</source>
        <translation>کاؤنٹر نمبر</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>ٹوکن</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>تمام حیثیتیں</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>صرف &amp;تاخیر والی</translation>
    </message>
    <message>
        <source>&amp;New application (Ctrl+Shift+N)</source>
        <translation>&amp;نئی درخواست (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Khidmat Markaz applications</source>
        <translation>خدمت مرکز کی درخواستیں</translation>
    </message>
    <message>
        <source>Search: tracking number or CNIC</source>
        <translation>تلاش: ٹریکنگ نمبر یا شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>دکھائیں</translation>
    </message>
    <message>
        <source>Stolen &amp;vehicles</source>
        <translation>چوری شدہ &amp;گاڑیاں</translation>
    </message>
    <message>
        <source>&amp;Tenants and employees</source>
        <translation>&amp;کرایہ دار اور ملازمین</translation>
    </message>
    <message>
        <source>Daily &amp;report</source>
        <translation>روزانہ &amp;رپورٹ</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>جاری: %1</translation>
    </message>
    <message>
        <source>Now serving: %1</source>
        <translation>اب باری: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>چھوڑا گیا: %1</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>غیر متوقع خرابی</translation>
    </message>
    <message>
        <source>Something went wrong inside Thana. Nothing was half-saved: the last save either finished or did not happen.

The details are in the log file:
{path}</source>
        <translation>تھانہ سافٹ ویئر میں کوئی اندرونی خرابی پیش آ گئی ہے۔ کوئی چیز ادھوری محفوظ نہیں ہوئی: آخری بار محفوظ کرنے کا عمل یا تو مکمل ہو گیا یا بالکل نہیں ہوا۔

تفصیل اس لاگ فائل میں موجود ہے:
⁦{path}⁩</translation>
    </message>
</context>
<context>
    <name>DailyReportDialog</name>
    <message>
        <source>Daily counter report</source>
        <translation>روزانہ کاؤنٹر رپورٹ</translation>
    </message>
    <message>
        <source>Save as &amp;PDF</source>
        <translation>پی ڈی ایف میں &amp;محفوظ کریں</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>سروس</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>وصول</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <source>Median turnaround</source>
        <translation>درمیانی دورانیہ</translation>
    </message>
    <message>
        <source>Longest turnaround</source>
        <translation>طویل ترین دورانیہ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>تاخیر شدہ</translation>
    </message>
    <message>
        <source>Tracking No.</source>
        <translation>ٹریکنگ نمبر</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>درخواست گزار</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>مقررہ وقت</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>تاخیر</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;تاریخ</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>تاخیر شدہ کیس</translation>
    </message>
    <message>
        <source>Received %1 · completed %2 · overdue %3 (as at %4)</source>
        <translation>وصول %1 · مکمل %2 · تاخیر شدہ %3 (بوقت %4)</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>تمام سروسز</translation>
    </message>
    <message>
        <source>Save the daily report</source>
        <translation>روزانہ رپورٹ محفوظ کریں</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>Now</source>
        <translation>ابھی</translation>
    </message>
    <message>
        <source>Set the current date and time (F2)</source>
        <translation>موجودہ تاریخ اور وقت درج کریں (F2)</translation>
    </message>
    <message>
        <source>known</source>
        <translation>معلوم</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <source>Counter applications awaiting the SHO&apos;s decision</source>
        <translation>ایس ایچ او کے فیصلے کی منتظر کاؤنٹر درخواستیں</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تازہ کریں (&amp;R)</translation>
    </message>
    <message>
        <source>Why: the note or the reason for refusing, kept on file</source>
        <translation>وجہ: نوٹ یا انکار کی وجہ، جو ریکارڈ میں رہے گی</translation>
    </message>
    <message>
        <source>&amp;Issue the document</source>
        <translation>دستاویز جاری کریں (&amp;I)</translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation>انکار کریں (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>نوٹ (&amp;N)</translation>
    </message>
    <message>
        <source>No application is waiting for a decision.</source>
        <translation>کوئی درخواست فیصلے کی منتظر نہیں ہے۔</translation>
    </message>
    <message>
        <source>Tracking No.: %1</source>
        <translation>ٹریکنگ نمبر: %1</translation>
    </message>
    <message>
        <source>Applicant: %1 (%2)</source>
        <translation>درخواست گزار: %1 (%2)</translation>
    </message>
    <message>
        <source>Record: %1, CNIC %2</source>
        <translation>ریکارڈ: %1، شناختی کارڈ %2</translation>
    </message>
    <message>
        <source>%1: the document may be issued.</source>
        <translation>%1: دستاویز جاری کی جا سکتی ہے۔</translation>
    </message>
    <message>
        <source>%1: refused.</source>
        <translation>%1: انکار کر دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>DiaryForm</name>
    <message>
        <source>New diary entry</source>
        <translation>نئی رپٹ روزنامچہ</translation>
    </message>
    <message>
        <source>Correct diary entry %1</source>
        <translation>رپٹ نمبر %1 کی تصحیح</translation>
    </message>
    <message>
        <source>received at</source>
        <translation>موصول بوقت</translation>
    </message>
    <message>
        <source>e.g. 123/2026</source>
        <translation>مثلاً 123/2026</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;نوعیت</translation>
    </message>
    <message>
        <source>Information &amp;received</source>
        <translation>&amp;وصولیِ اطلاع</translation>
    </message>
    <message>
        <source>&amp;FIR number</source>
        <translation>&amp;ایف آئی آر نمبر</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;تحریر</translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation>رپٹ &amp;محفوظ کریں</translation>
    </message>
    <message>
        <source>Nothing was saved: an unexpected error occurred (see the error report).</source>
        <translation>کچھ بھی محفوظ نہیں ہوا: ایک غیر متوقع خرابی پیش آئی (خرابی کی رپورٹ دیکھیں)۔</translation>
    </message>
</context>
<context>
    <name>DiaryRecordDialog</name>
    <message>
        <source>Diary entry %1</source>
        <translation>رپٹ %1</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>رپٹ</translation>
    </message>
    <message>
        <source>Written at</source>
        <translation>وقتِ تحریر</translation>
    </message>
    <message>
        <source>Information received</source>
        <translation>اطلاع موصول</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>افسر</translation>
    </message>
    <message>
        <source>FIR</source>
        <translation>ایف آئی آر</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>تصحیح برائے</translation>
    </message>
    <message>
        <source>an earlier entry (it stays in the register)</source>
        <translation>سابقہ رپٹ (جو رجسٹر میں برقرار رہتی ہے)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>&amp;Correct...</source>
        <translation>&amp;تصحیح...</translation>
    </message>
</context>
<context>
    <name>DocumentBox</name>
    <message>
        <source>Signed document</source>
        <translation>دستخط شدہ دستاویز</translation>
    </message>
    <message>
        <source>&amp;Issue the document</source>
        <translation>دستاویز جاری کریں (&amp;I)</translation>
    </message>
    <message>
        <source>Sa&amp;ve a copy...</source>
        <translation>نقل محفوظ کریں... (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>پرنٹ کریں... (&amp;P)</translation>
    </message>
    <message>
        <source>Document %1 written to %2</source>
        <translation>دستاویز %1 یہاں محفوظ ہوئی: %2</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>دستاویز محفوظ کریں</translation>
    </message>
</context>
<context>
    <name>EnrolmentView</name>
    <message>
        <source>CRO enrolment</source>
        <translation>سی آر او اندراج</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>تصویر نہیں</translation>
    </message>
    <message>
        <source>Choose &amp;photo...</source>
        <translation>&amp;تصویر منتخب کریں...</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>&amp;نوعیت</translation>
    </message>
    <message>
        <source>&amp;Reason on record</source>
        <translation>ریکارڈ کی &amp;وجہ</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>Re&amp;take the selected finger</source>
        <translation>منتخب انگلی &amp;دوبارہ لیں</translation>
    </message>
    <message>
        <source>&amp;Save the record</source>
        <translation>ریکارڈ &amp;محفوظ کریں</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>محفوظ کریں (Ctrl+S)</translation>
    </message>
    <message>
        <source>Fingers to take (%1 impressions each)</source>
        <translation>لی جانے والی انگلیاں (ہر ایک کے %1 نشان)</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %3 میں سے %2</translation>
    </message>
    <message>
        <source>Every chosen finger is taken. Check the record and save it (Ctrl+S).</source>
        <translation>تمام منتخب انگلیاں لے لی گئیں۔ ریکارڈ دیکھ کر محفوظ کریں (Ctrl+S)۔</translation>
    </message>
    <message>
        <source>Next: %1, impression %2 of %3</source>
        <translation>اگلا: %1، نشان %3 میں سے %2</translation>
    </message>
    <message>
        <source>Every chosen finger is taken: tick another finger or save.</source>
        <translation>تمام منتخب انگلیاں لے لی گئیں: کوئی اور انگلی منتخب کریں یا محفوظ کریں۔</translation>
    </message>
    <message>
        <source>Photo of the person</source>
        <translation>فرد کی تصویر</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>تصاویر (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Saved: the CRO record of %1 with %2 fingers.</source>
        <translation>محفوظ ہو گیا: %1 کا سی آر او ریکارڈ، %2 انگلیوں کے ساتھ۔</translation>
    </message>
</context>
<context>
    <name>FirForm</name>
    <message>
        <source>Correct FIR %1</source>
        <translation>ایف آئی آر %1 کی تصحیح</translation>
    </message>
    <message>
        <source>New FIR</source>
        <translation>نئی ایف آئی آر</translation>
    </message>
    <message>
        <source>&amp;Add accused</source>
        <translation>ملزم &amp;شامل کریں</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>مدعی</translation>
    </message>
    <message>
        <source>Accused</source>
        <translation>ملزمان</translation>
    </message>
    <message>
        <source>&amp;Save FIR</source>
        <translation>ایف آئی آر &amp;محفوظ کریں</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>تصحیح &amp;محفوظ کریں</translation>
    </message>
    <message>
        <source>until</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>despatched</source>
        <translation>روانہ شدہ</translation>
    </message>
    <message>
        <source>Occurred &amp;from</source>
        <translation>&amp;وقوعہ از</translation>
    </message>
    <message>
        <source>Occurred &amp;to</source>
        <translation>وقوعہ &amp;تا</translation>
    </message>
    <message>
        <source>&amp;Reported at</source>
        <translation>وقتِ &amp;رپورٹ</translation>
    </message>
    <message>
        <source>Despatched at</source>
        <translation>وقتِ روانگی</translation>
    </message>
    <message>
        <source>&amp;Place of occurrence</source>
        <translation>&amp;جائے وقوعہ</translation>
    </message>
    <message>
        <source>Distance from station (km)</source>
        <translation>تھانہ سے فاصلہ (کلومیٹر)</translation>
    </message>
    <message>
        <source>Direction from station</source>
        <translation>تھانہ سے سمت</translation>
    </message>
    <message>
        <source>&amp;Offence sections</source>
        <translation>جرم کی &amp;دفعات</translation>
    </message>
    <message>
        <source>Property taken</source>
        <translation>مالِ مسروقہ</translation>
    </message>
    <message>
        <source>First &amp;information</source>
        <translation>&amp;ابتدائی اطلاع</translation>
    </message>
    <message>
        <source>Reason for any delay in reporting</source>
        <translation>رپورٹ میں تاخیر کی وجہ (اگر ہو)</translation>
    </message>
    <message>
        <source>Investigating officer</source>
        <translation>تفتیشی افسر</translation>
    </message>
    <message>
        <source>Daily diary reference</source>
        <translation>حوالہ روزنامچہ (رپٹ نمبر)</translation>
    </message>
    <message>
        <source>Reason for the &amp;correction</source>
        <translation>&amp;سببِ تصحیح</translation>
    </message>
    <message>
        <source>(not yet assigned)</source>
        <translation>(ابھی مقرر نہیں)</translation>
    </message>
    <message>
        <source>Nothing was saved: an unexpected error occurred (see the error report).</source>
        <translation>کچھ بھی محفوظ نہیں ہوا: ایک غیر متوقع خرابی پیش آئی (خرابی کی رپورٹ دیکھیں)۔</translation>
    </message>
</context>
<context>
    <name>FirRecordDialog</name>
    <message>
        <source>Original entry</source>
        <translation>اصل اندراج</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>تصحیح</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>اخراج</translation>
    </message>
    <message>
        <source>PDF (English)</source>
        <translation>PDF (انگریزی)</translation>
    </message>
    <message>
        <source>PDF (Urdu)</source>
        <translation>PDF (اردو)</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;پرنٹ...</translation>
    </message>
    <message>
        <source>&amp;Correct...</source>
        <translation>&amp;تصحیح...</translation>
    </message>
    <message>
        <source>Cancel FIR...</source>
        <translation>ایف آئی آر منسوخ کریں...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Registered on complaint e-tag %1</source>
        <translation>شکایت ای ٹیگ %1 پر درج کی گئی</translation>
    </message>
    <message>
        <source>FIR %1</source>
        <translation>ایف آئی آر %1</translation>
    </message>
    <message>
        <source>Save FIR copy</source>
        <translation>نقل ایف آئی آر محفوظ کریں</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>محفوظ ہو گئی: ⁦%1⁩</translation>
    </message>
    <message>
        <source>Cancel FIR</source>
        <translation>ایف آئی آر کی منسوخی</translation>
    </message>
    <message>
        <source>Reason for cancellation (magistrate&apos;s order):</source>
        <translation>منسوخی کی وجہ (حکم علاقہ مجسٹریٹ):</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>محفوظ نہیں ہوا</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Thana: first start</source>
        <translation>تھانہ سافٹ ویئر: پہلی بار آغاز</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>تھانہ</translation>
    </message>
    <message>
        <source>Admin user name</source>
        <translation>ایڈمن کا یوزر نیم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>پورا نام</translation>
    </message>
    <message>
        <source>Password (12 characters or more)</source>
        <translation>پاس ورڈ (کم از کم 12 حروف)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>پاس ورڈ دوبارہ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>This station has no accounts yet. Create the station administrator.</source>
        <translation>اس تھانے کا ابھی کوئی اکاؤنٹ نہیں ہے۔ تھانے کا ایڈمن (منتظم) اکاؤنٹ بنائیں۔</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>دونوں پاس ورڈ ایک جیسے نہیں ہیں۔</translation>
    </message>
</context>
<context>
    <name>FormButtons</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>محفوظ کریں (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Thana is locked</source>
        <translation>تھانہ سافٹ ویئر مقفل ہے</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;کھولیں</translation>
    </message>
    <message>
        <source>Log in as &amp;someone else</source>
        <translation>کسی &amp;اور صارف سے لاگ اِن</translation>
    </message>
    <message>
        <source>The session of %1 is locked. Enter the password to continue; your open forms are kept.</source>
        <translation>%1 کا سیشن مقفل ہے۔ جاری رکھنے کے لیے پاس ورڈ درج کریں؛ آپ کے کھلے فارم محفوظ رہیں گے۔</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Thana: log in</source>
        <translation>تھانہ سافٹ ویئر: لاگ اِن</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>یوزر نیم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>پاس ورڈ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>لاگ اِن</translation>
    </message>
    <message>
        <source>Training data. Demo accounts (double-click to fill in):</source>
        <translation>تربیتی ڈیٹا۔ ڈیمو اکاؤنٹس (خانے بھرنے کے لیے ڈبل کلک کریں):</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>عہدہ</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>تھانہ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Thana: Police Station %1</source>
        <translation>تھانہ سافٹ ویئر: تھانہ %1</translation>
    </message>
    <message>
        <source>Register No. I: First Information Reports</source>
        <translation>رجسٹر نمبر ۱: ابتدائی اطلاعی رپورٹیں</translation>
    </message>
    <message>
        <source>Register No. II: Daily Diary (Roznamcha)</source>
        <translation>رجسٹر نمبر ۲: روزنامچہ</translation>
    </message>
    <message>
        <source>FIR register</source>
        <translation>ایف آئی آر رجسٹر</translation>
    </message>
    <message>
        <source>Daily diary</source>
        <translation>روزنامچہ</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>صارفین</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>آڈٹ ریکارڈ</translation>
    </message>
    <message>
        <source>Fingerprint check</source>
        <translation>فنگر پرنٹ پڑتال</translation>
    </message>
    <message>
        <source>CRO enrolment</source>
        <translation>سی آر او اندراج</translation>
    </message>
    <message>
        <source>Fingerprint scanner</source>
        <translation>فنگر پرنٹ سکینر</translation>
    </message>
    <message>
        <source>Khidmat Markaz counter</source>
        <translation>خدمت مرکز کاؤنٹر</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>شکایات</translation>
    </message>
    <message>
        <source>Counter decisions</source>
        <translation>کاؤنٹر کے فیصلے</translation>
    </message>
    <message>
        <source>Your role has no station registers to show here.</source>
        <translation>آپ کے عہدے کے لیے یہاں تھانے کا کوئی رجسٹر نہیں ہے۔</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <source>Scanner: %1</source>
        <translation>سکینر: %1</translation>
    </message>
    <message>
        <source>Scanner: none connected</source>
        <translation>سکینر: منسلک نہیں</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>کام جاری ہے...</translation>
    </message>
    <message>
        <source>Warning: the database key is kept in a key file, not in the protected key store. Anyone who copies the key file and the database can read the registers.</source>
        <translation>انتباہ: ڈیٹا بیس کی کلید محفوظ کلید خانے (keyring) کے بجائے ایک کلید فائل میں رکھی گئی ہے۔ جو کوئی کلید فائل اور ڈیٹا بیس دونوں کی نقل کر لے وہ رجسٹر پڑھ سکتا ہے۔</translation>
    </message>
    <message>
        <source>TRAINING: synthetic demo data. Nothing here is a real person or case.</source>
        <translation>تربیت: فرضی ڈیمو ڈیٹا۔ یہاں کوئی شخص یا مقدمہ حقیقی نہیں ہے۔</translation>
    </message>
    <message>
        <source>&amp;Registers</source>
        <translation>&amp;رجسٹر</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>رجسٹر</translation>
    </message>
    <message>
        <source>New &amp;FIR</source>
        <translation>نئی &amp;ایف آئی آر</translation>
    </message>
    <message>
        <source>New &amp;diary entry</source>
        <translation>نئی &amp;رپٹ روزنامچہ</translation>
    </message>
    <message>
        <source>&amp;Close a diary day...</source>
        <translation>روزنامچہ کا &amp;دن بند کریں...</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;تلاش</translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation>منتخب ریکارڈ &amp;کھولیں</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;منظر</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;سیشن</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;لاگ آؤٹ</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>اسکرین &amp;مقفل کریں</translation>
    </message>
    <message>
        <source>&amp;Change my password...</source>
        <translation>اپنا پاس ورڈ &amp;تبدیل کریں...</translation>
    </message>
    <message>
        <source>Thana</source>
        <translation>تھانہ سافٹ ویئر</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <source>son of (s/o)</source>
        <translation>ولد</translation>
    </message>
    <message>
        <source>daughter of (d/o)</source>
        <translation>دختر</translation>
    </message>
    <message>
        <source>wife of (w/o)</source>
        <translation>زوجہ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>عورت</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>دن-مہینہ-سال (dd-mm-yyyy)</translation>
    </message>
    <message>
        <source>other names, separated by commas</source>
        <translation>دیگر نام، کاما سے الگ کر کے</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>نام (انگریزی)</translation>
    </message>
    <message>
        <source>Name (Urdu)</source>
        <translation>نام (اردو)</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>رشتہ</translation>
    </message>
    <message>
        <source>CNIC</source>
        <translation>شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <source>Father / husband (English)</source>
        <translation>نام والد / شوہر (انگریزی)</translation>
    </message>
    <message>
        <source>Father / husband (Urdu)</source>
        <translation>نام والد / شوہر (اردو)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation>عمر (سال)</translation>
    </message>
    <message>
        <source>Caste</source>
        <translation>قوم</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>موبائل نمبر</translation>
    </message>
    <message>
        <source>NICOP</source>
        <translation>نائکوپ (NICOP)</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>پاسپورٹ</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخِ پیدائش</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>عرفیت</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <source>Enter a different person</source>
        <translation>کوئی دوسرا شخص درج کریں</translation>
    </message>
    <message>
        <source>Use this existing record</source>
        <translation>یہی موجودہ ریکارڈ استعمال کریں</translation>
    </message>
    <message>
        <source>This person may already be on record:</source>
        <translation>یہ شخص شاید پہلے سے ریکارڈ میں موجود ہے:</translation>
    </message>
    <message>
        <source>Existing record: %1</source>
        <translation>موجودہ ریکارڈ: %1</translation>
    </message>
</context>
<context>
    <name>QtHandler</name>
    <message>
        <source>Scanner password</source>
        <translation>سکینر کا پاس ورڈ</translation>
    </message>
    <message>
        <source>The scanner on %1 refused its password. Enter the scanner&apos;s password (8 hex digits):</source>
        <translation>%1 پر سکینر نے پاس ورڈ قبول نہیں کیا۔ سکینر کا پاس ورڈ درج کریں (8 ہیکس ہندسے):</translation>
    </message>
</context>
<context>
    <name>QueueScreen</name>
    <message>
        <source>Khidmat Markaz: now serving</source>
        <translation>خدمت مرکز: اب باری</translation>
    </message>
    <message>
        <source>Now serving</source>
        <translation>اب باری</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>کاؤنٹر %1</translation>
    </message>
    <message>
        <source>No one is waiting.</source>
        <translation>کوئی انتظار میں نہیں۔</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>اگلے: %1</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Search: name, CNIC, FIR No. such as 123/2026, section, words</source>
        <translation>تلاش: نام، شناختی کارڈ نمبر، ایف آئی آر نمبر جیسے 123/2026، دفعہ، الفاظ</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found</source>
        <translation>
            <numerusform>%n ریکارڈ ملا</numerusform>
            <numerusform>%n ریکارڈ ملے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n ریکارڈ</numerusform>
            <numerusform>%n ریکارڈ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrationSearchDialog</name>
    <message>
        <source>Tenants and employees registered</source>
        <translation>درج شدہ کرایہ دار اور ملازمین</translation>
    </message>
    <message>
        <source>CNIC, or part of a name or address</source>
        <translation>شناختی کارڈ نمبر، یا نام یا پتے کا کچھ حصہ</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;تلاش</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <source>Tenant or employee</source>
        <translation>کرایہ دار یا ملازم</translation>
    </message>
    <message>
        <source>CNIC</source>
        <translation>شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <source>Landlord or employer</source>
        <translation>مالک مکان یا آجر</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>کب سے</translation>
    </message>
    <message>
        <source>Tracking No.</source>
        <translation>ٹریکنگ نمبر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>کیفیت</translation>
    </message>
    <message>
        <source>%1 found.</source>
        <translation>%1 ملے۔</translation>
    </message>
    <message>
        <source>No tenant or employee registered under this.</source>
        <translation>اس کے تحت کوئی کرایہ دار یا ملازم درج نہیں۔</translation>
    </message>
</context>
<context>
    <name>ScannerView</name>
    <message>
        <source>Fingerprint scanner</source>
        <translation>فنگر پرنٹ سکینر</translation>
    </message>
    <message>
        <source>No fingerprint scanner is connected.</source>
        <translation>کوئی فنگر پرنٹ سکینر منسلک نہیں۔</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>منسلک: %1</translation>
    </message>
    <message>
        <source>Connected: %1. Templates stored in the scanner: %2.</source>
        <translation>منسلک: %1۔ سکینر میں محفوظ ٹیمپلیٹ: %2۔</translation>
    </message>
</context>
<context>
    <name>SectionPicker</name>
    <message>
        <source>Number or words, e.g. 379 or theft; Enter adds</source>
        <translation>نمبر یا الفاظ، مثلاً 379 یا سرقہ؛ Enter دبانے سے شامل ہو گی</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>دفعہ</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>جرم</translation>
    </message>
    <message>
        <source>Cognizable</source>
        <translation>قابلِ دست اندازی</translation>
    </message>
    <message>
        <source>Bailable</source>
        <translation>قابلِ ضمانت</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <source>Chosen (Delete removes):</source>
        <translation>منتخب دفعات (Delete دبانے سے ہٹ جائے گی):</translation>
    </message>
    <message>
        <source>cognizable</source>
        <translation>قابلِ دست اندازی پولیس</translation>
    </message>
    <message>
        <source>non-cognizable</source>
        <translation>ناقابلِ دست اندازی پولیس</translation>
    </message>
    <message>
        <source>bailable</source>
        <translation>قابلِ ضمانت</translation>
    </message>
    <message>
        <source>non-bailable</source>
        <translation>ناقابلِ ضمانت</translation>
    </message>
</context>
<context>
    <name>ServiceFields</name>
    <message>
        <source>Documents seen (tick each one checked)</source>
        <translation>دیکھی گئی دستاویزات (ہر جانچی گئی پر نشان لگائیں)</translation>
    </message>
    <message>
        <source>(if it applies)</source>
        <translation>(اگر لاگو ہو)</translation>
    </message>
    <message>
        <source>Fee: Rs %1</source>
        <translation>فیس: %1 روپے</translation>
    </message>
    <message>
        <source>No fee</source>
        <translation>کوئی فیس نہیں</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Under investigation</source>
        <translation>زیرِ تفتیش</translation>
    </message>
    <message>
        <source>Challan submitted</source>
        <translation>چالان پیش شدہ</translation>
    </message>
    <message>
        <source>Untraced</source>
        <translation>عدم پتہ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>منسوخ شدہ</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>تصحیح شدہ</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>منسوخ شدہ</translation>
    </message>
</context>
<context>
    <name>StolenVehiclesDialog</name>
    <message>
        <source>Stolen-vehicle list</source>
        <translation>چوری شدہ گاڑیوں کی فہرست</translation>
    </message>
    <message>
        <source>CSV or JSON file sent by the district</source>
        <translation>ضلع کی بھیجی ہوئی CSV یا JSON فائل</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;تلاش کریں...</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;درآمد کریں</translation>
    </message>
    <message>
        <source>Import the district&apos;s list (replaces the previous one)</source>
        <translation>ضلع کی فہرست درآمد کریں (پچھلی فہرست کی جگہ لے گی)</translation>
    </message>
    <message>
        <source>Date of the list</source>
        <translation>فہرست کی تاریخ</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;پڑتال کریں</translation>
    </message>
    <message>
        <source>Check a vehicle</source>
        <translation>گاڑی کی پڑتال</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>رجسٹریشن نمبر</translation>
    </message>
    <message>
        <source>Chassis number</source>
        <translation>چیسس نمبر</translation>
    </message>
    <message>
        <source>Engine number</source>
        <translation>انجن نمبر</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>رجسٹریشن</translation>
    </message>
    <message>
        <source>Chassis</source>
        <translation>چیسس</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>انجن</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <source>FIR or report</source>
        <translation>ایف آئی آر یا رپورٹ</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>تاریخ اطلاع</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>تھانہ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ماخذ</translation>
    </message>
    <message>
        <source>%1 entries, all from this station&apos;s FIRs; no district list imported yet.</source>
        <translation>%1 اندراجات، سب اس تھانے کی ایف آئی آرز سے؛ ضلعی فہرست ابھی درآمد نہیں ہوئی۔</translation>
    </message>
    <message>
        <source>%1 entries (%2 from this station&apos;s FIRs); district list of %3.</source>
        <translation>%1 اندراجات (%2 اس تھانے کی ایف آئی آرز سے)؛ ضلعی فہرست بتاریخ %3۔</translation>
    </message>
    <message>
        <source>This station&apos;s FIR</source>
        <translation>اس تھانے کی ایف آئی آر</translation>
    </message>
    <message>
        <source>District list</source>
        <translation>ضلعی فہرست</translation>
    </message>
    <message>
        <source>The district&apos;s stolen-vehicle list</source>
        <translation>ضلع کی چوری شدہ گاڑیوں کی فہرست</translation>
    </message>
    <message>
        <source>Lists (*.csv *.json)</source>
        <translation>فہرستیں (*.csv *.json)</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>درآمد کے لیے فائل منتخب کریں۔</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>درآمد ہو رہی ہے...</translation>
    </message>
    <message>
        <source>%1 entries imported.</source>
        <translation>%1 اندراجات درآمد ہو گئے۔</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>سطر %1</translation>
    </message>
    <message>
        <source>...and %1 more.</source>
        <translation>...اور %1 مزید۔</translation>
    </message>
</context>
<context>
    <name>SyncParts</name>
    <message>
        <source>District watchlist</source>
        <translation>ضلعی واچ لسٹ</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>ہم آہنگی کے مسائل</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;ابھی ہم آہنگی کریں</translation>
    </message>
    <message>
        <source>Send the queued entries to the national server and fetch what is new (%1)</source>
        <translation>قطار میں موجود اندراجات قومی سرور کو بھیجیں اور نیا مواد حاصل کریں (%1)</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;ہم آہنگی</translation>
    </message>
</context>
<context>
    <name>SyncProblemsView</name>
    <message>
        <source>Record</source>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>کیفیت</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>سرور کی وجہ</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>کارروائی</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>ہم آہنگی کے مسائل</translation>
    </message>
    <message>
        <source>FIR</source>
        <translation>ایف آئی آر</translation>
    </message>
    <message>
        <source>Diary entry</source>
        <translation>روزنامچہ اندراج</translation>
    </message>
    <message>
        <source>Diary day closed</source>
        <translation>روزنامچہ کا دن بند</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>CRO record</source>
        <translation>سی آر او ریکارڈ</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مسترد</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>تضاد</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>رکا ہوا</translation>
    </message>
    <message>
        <source>Differs from the server</source>
        <translation>سرور سے مختلف</translation>
    </message>
    <message>
        <source>The national server did not take these records. Each waits here with the server&apos;s reason; the entries after a rejected one in the same register wait too. Nothing is deleted.</source>
        <translation>قومی سرور نے یہ ریکارڈ قبول نہیں کیے۔ ہر ایک سرور کی وجہ کے ساتھ یہاں موجود ہے؛ اسی رجسٹر میں مسترد اندراج کے بعد والے اندراج بھی رکے ہوئے ہیں۔ کچھ بھی حذف نہیں کیا جاتا۔</translation>
    </message>
    <message>
        <source>No sync problems.</source>
        <translation>ہم آہنگی کا کوئی مسئلہ نہیں۔</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Pending: ...</source>
        <translation>زیرِ التوا: ...</translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation>زیرِ التوا: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>آخری ہم آہنگی: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>ابھی تک ہم آہنگی نہیں ہوئی</translation>
    </message>
    <message>
        <source>Sync problems: %1</source>
        <translation>ہم آہنگی کے مسائل: %1</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>ہم آہنگی جاری ہے...</translation>
    </message>
    <message>
        <source>Sync: not enrolled</source>
        <translation>ہم آہنگی: اندراج نہیں ہوا</translation>
    </message>
    <message>
        <source>Server: not checked yet</source>
        <translation>سرور: ابھی جانچ نہیں ہوئی</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>آن لائن</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>آف لائن</translation>
    </message>
    <message>
        <source>Pulled %1 records, %2 pages</source>
        <translation>%1 ریکارڈ، %2 صفحات موصول</translation>
    </message>
</context>
<context>
    <name>TrainerPanel</name>
    <message>
        <source>Training: simulated scanner</source>
        <translation>تربیت: فرضی سکینر</translation>
    </message>
    <message>
        <source>A finger nobody has enrolled</source>
        <translation>ایسی انگلی جس کا ریکارڈ کسی کے پاس نہیں</translation>
    </message>
    <message>
        <source>&amp;Place the finger on the scanner</source>
        <translation>انگلی سکینر پر &amp;رکھیں</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Finger</source>
        <translation>انگلی</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>User name</source>
        <translation>یوزر نیم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>پورا نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>عہدہ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ماخذ</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>مقفل تا</translation>
    </message>
    <message>
        <source>&amp;New user...</source>
        <translation>&amp;نیا صارف...</translation>
    </message>
    <message>
        <source>Change &amp;role...</source>
        <translation>&amp;عہدہ تبدیل کریں...</translation>
    </message>
    <message>
        <source>Reset &amp;password...</source>
        <translation>&amp;پاس ورڈ دوبارہ ترتیب دیں...</translation>
    </message>
    <message>
        <source>Lock after idle minutes:</source>
        <translation>اتنے منٹ بے کار رہنے پر مقفل کریں:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Station accounts</source>
        <translation>تھانے کے اکاؤنٹ</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>عہدہ تبدیل کریں</translation>
    </message>
    <message>
        <source>New role of %1:</source>
        <translation>%1 کا نیا عہدہ:</translation>
    </message>
    <message>
        <source>Saved. It applies from the next login.</source>
        <translation>محفوظ ہو گیا۔ اگلے لاگ اِن سے نافذ ہو گا۔</translation>
    </message>
</context>
<context>
    <name>WatchlistView</name>
    <message>
        <source>Station</source>
        <translation>تھانہ</translation>
    </message>
    <message>
        <source>FIR No.</source>
        <translation>ایف آئی آر نمبر</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>اندراج</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>اطلاع کا وقت</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>دفعات</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>مدعی</translation>
    </message>
    <message>
        <source>Accused</source>
        <translation>ملزم</translation>
    </message>
    <message>
        <source>District watchlist</source>
        <translation>ضلعی واچ لسٹ</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>اصل</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>تصحیح</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>منسوخی</translation>
    </message>
    <message>
        <source>FIR entries of the other stations of this district, from the national server. Read-only. %1 shown, newest first.</source>
        <translation>اس ضلع کے دوسرے تھانوں کی ایف آئی آر، قومی سرور سے۔ صرف دیکھنے کے لیے۔ %1 دکھائی گئیں، تازہ ترین پہلے۔</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The operation could not be completed.</source>
        <translation>یہ کارروائی مکمل نہ ہو سکی۔</translation>
    </message>
    <message>
        <source>Please correct the highlighted fields.</source>
        <translation>براہِ کرم نشان زدہ خانے درست کریں۔</translation>
    </message>
    <message>
        <source>You do not have permission to {action}.</source>
        <translation>آپ کو {action} کی اجازت نہیں ہے۔</translation>
    </message>
    <message>
        <source>The record was not found.</source>
        <translation>ریکارڈ نہیں ملا۔</translation>
    </message>
    <message>
        <source>The station database could not be used.</source>
        <translation>تھانے کا ڈیٹا بیس استعمال نہیں ہو سکا۔</translation>
    </message>
    <message>
        <source>The database is busy with another task. Please try again in a moment.</source>
        <translation>ڈیٹا بیس کسی اور کام میں مصروف ہے۔ براہِ کرم تھوڑی دیر بعد دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved. Free some space and try again.</source>
        <translation>ڈسک بھر چکی ہے۔ کچھ بھی محفوظ نہیں ہوا۔ کچھ جگہ خالی کر کے دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The station database cannot be opened: the key is wrong or the file is damaged. Nothing was changed.</source>
        <translation>تھانے کا ڈیٹا بیس نہیں کھل سکا: یا تو کلید غلط ہے یا فائل خراب ہے۔ کچھ بھی تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>This computer has no secure key store (keyring). Thana will not start without one. Start it with --key-file FILE to keep the key in a file you protect yourself.</source>
        <translation>اس کمپیوٹر میں کلید رکھنے کا محفوظ خانہ (keyring) موجود نہیں ہے۔ تھانہ سافٹ ویئر اس کے بغیر نہیں چلے گا۔ اسے ⁦--key-file FILE⁩ کے ساتھ چلائیں تاکہ کلید ایسی فائل میں رہے جس کی حفاظت آپ خود کریں۔</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>یوزر نیم یا پاس ورڈ غلط ہے۔</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until {until} (Pakistan time).</source>
        <translation>بہت زیادہ غلط پاس ورڈ: یہ اکاؤنٹ {until} (پاکستانی وقت) تک مقفل ہے۔</translation>
    </message>
    <message>
        <source>Information / complaint</source>
        <translation>اطلاع / درخواست</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>سپرد</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>کارروائی جاری</translation>
    </message>
    <message>
        <source>FIR registered</source>
        <translation>اندراج ایف آئی آر</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>نمٹا دی گئی</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>خود آ کر</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>آن لائن</translation>
    </message>
    <message>
        <source>Helpline 8787</source>
        <translation>ہیلپ لائن 8787</translation>
    </message>
    <message>
        <source>Escalated to the SHO</source>
        <translation>ایس ایچ او کو بھیجی گئی</translation>
    </message>
    <message>
        <source>Escalated to the DPO</source>
        <translation>ڈی پی او کو بھیجی گئی</translation>
    </message>
    <message>
        <source>Choose the kind of complaint.</source>
        <translation>شکایت کی نوعیت چنیں۔</translation>
    </message>
    <message>
        <source>Choose how the complaint came: walk-in, online or the 8787 helpline.</source>
        <translation>چنیں کہ شکایت کیسے آئی: خود آ کر، آن لائن یا 8787 ہیلپ لائن سے۔</translation>
    </message>
    <message>
        <source>Find the complainant in the person index or enter a new one.</source>
        <translation>شکایت کنندہ کو افراد کے اندراج میں تلاش کریں یا نیا درج کریں۔</translation>
    </message>
    <message>
        <source>The date of the incident cannot be in the future.</source>
        <translation>وقوعہ کی تاریخ آنے والے دنوں کی نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>Write the reason.</source>
        <translation>وجہ لکھیں۔</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>گرفتاری</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>رہائی</translation>
    </message>
    <message>
        <source>Departure on duty</source>
        <translation>روانگی برائے ڈیوٹی</translation>
    </message>
    <message>
        <source>Return from duty</source>
        <translation>واپسی از ڈیوٹی</translation>
    </message>
    <message>
        <source>Property deposited (malkhana)</source>
        <translation>مال مقدمہ جمع (مال خانہ)</translation>
    </message>
    <message>
        <source>Court production</source>
        <translation>پیشی عدالت</translation>
    </message>
    <message>
        <source>Visit of a senior officer</source>
        <translation>آمد افسرِ بالا</translation>
    </message>
    <message>
        <source>Summons or warrant received</source>
        <translation>وصولی سمن یا وارنٹ</translation>
    </message>
    <message>
        <source>Persons in custody (opening)</source>
        <translation>حوالات میں بند افراد (ابتدائی رپٹ)</translation>
    </message>
    <message>
        <source>Correction of an entry</source>
        <translation>تصحیح اندراج</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>Name the person whose prints are taken.</source>
        <translation>اس فرد کا نام درج کریں جس کے نشانات لیے جا رہے ہیں۔</translation>
    </message>
    <message>
        <source>Say why this person is on record (case, FIR number, court order).</source>
        <translation>لکھیں کہ یہ فرد ریکارڈ پر کیوں ہے (مقدمہ، ایف آئی آر نمبر، عدالتی حکم)۔</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>نوعیت منتخب کریں۔</translation>
    </message>
    <message>
        <source>Say why the record is withdrawn (court order, arrest, acquittal).</source>
        <translation>لکھیں کہ ریکارڈ کیوں واپس لیا جا رہا ہے (عدالتی حکم، گرفتاری، بریت)۔</translation>
    </message>
    <message>
        <source>Information cannot be received after the entry is written.</source>
        <translation>اطلاع کی وصولی کا وقت رپٹ لکھے جانے کے بعد کا نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>Your account is not posted to a police station.</source>
        <translation>آپ کا اکاؤنٹ کسی تھانے سے منسلک نہیں ہے۔</translation>
    </message>
    <message>
        <source>The counter number must be between 1 and {most}.</source>
        <translation>کاؤنٹر نمبر 1 سے {most} کے درمیان ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>No one is waiting.</source>
        <translation>کوئی انتظار میں نہیں۔</translation>
    </message>
    <message>
        <source>Only a called or skipped token can be called again.</source>
        <translation>صرف بلایا گیا یا چھوڑا گیا ٹوکن دوبارہ بلایا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>Only a called token can be skipped.</source>
        <translation>صرف بلایا گیا ٹوکن چھوڑا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>The diary of {day} is closed.</source>
        <translation>{day} کا روزنامچہ بند ہو چکا ہے۔</translation>
    </message>
    <message>
        <source>That FIR does not exist.</source>
        <translation>اس نمبر کی کوئی ایف آئی آر موجود نہیں۔</translation>
    </message>
    <message>
        <source>The FIR is dated after this entry.</source>
        <translation>ایف آئی آر کی تاریخ اس رپٹ کے بعد کی ہے۔</translation>
    </message>
    <message>
        <source>A day can be closed only once it has begun.</source>
        <translation>کسی دن کا روزنامچہ اس دن کے شروع ہونے کے بعد ہی بند کیا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>Give the reason for this change.</source>
        <translation>اس تبدیلی کی وجہ لکھیں۔</translation>
    </message>
    <message>
        <source>FIR {number} is cancelled; it can no longer be changed.</source>
        <translation>ایف آئی آر {number} منسوخ ہو چکی ہے؛ اب اس میں تبدیلی نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>An offence section is not in the list.</source>
        <translation>جرم کی کوئی دفعہ فہرست میں موجود نہیں۔</translation>
    </message>
    <message>
        <source>The stolen-vehicle list was not imported: {count} problem(s).</source>
        <translation>چوری شدہ گاڑیوں کی فہرست درآمد نہیں ہوئی: {count} خرابی/خرابیاں۔</translation>
    </message>
    <message>
        <source>The list must be a .csv or .json file.</source>
        <translation>فہرست .csv یا .json فائل ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>The file is larger than {mb} MB.</source>
        <translation>فائل {mb} ایم بی سے بڑی ہے۔</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>فائل پڑھی نہیں جا سکتی۔</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>فائل UTF-8 متن نہیں ہے۔</translation>
    </message>
    <message>
        <source>The file holds no entries.</source>
        <translation>فائل میں کوئی اندراج نہیں۔</translation>
    </message>
    <message>
        <source>The first line must name the columns: {columns}.</source>
        <translation>پہلی سطر میں کالموں کے نام ہونے چاہییں: {columns}۔</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>فائل درست JSON نہیں ہے۔</translation>
    </message>
    <message>
        <source>A JSON list must be an array of entries.</source>
        <translation>JSON فہرست اندراجات کی ایک ترتیب (array) ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>The line must have the {n} columns of the header.</source>
        <translation>سطر میں سرخی والے {n} کالم ہونے چاہییں۔</translation>
    </message>
    <message>
        <source>Unknown key(s): {keys}.</source>
        <translation>نامعلوم کلید/کلیدیں: {keys}۔</translation>
    </message>
    <message>
        <source>Give the registration, chassis or engine number of the vehicle.</source>
        <translation>گاڑی کا رجسٹریشن، چیسس یا انجن نمبر دیں۔</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>یہ خانہ پُر کرنا لازمی ہے۔</translation>
    </message>
    <message>
        <source>A date is written as YYYY-MM-DD, for example 2026-11-03.</source>
        <translation>تاریخ YYYY-MM-DD کی صورت میں لکھی جاتی ہے، مثلاً 2026-11-03۔</translation>
    </message>
    <message>
        <source>The theft is reported after the date of the list.</source>
        <translation>چوری کی اطلاع فہرست کی تاریخ کے بعد کی ہے۔</translation>
    </message>
    <message>
        <source>This date is impossible: it lies in the future or too far back.</source>
        <translation>یہ تاریخ درست نہیں ہو سکتی: یہ مستقبل کی ہے یا بہت پرانی۔</translation>
    </message>
    <message>
        <source>The occurrence cannot end before it began.</source>
        <translation>وقوعہ کا اختتام اس کے آغاز سے پہلے نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>The report must come after the occurrence.</source>
        <translation>رپورٹ کا وقت وقوعہ کے بعد کا ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>Reported more than 24 hours after the occurrence: explain the delay.</source>
        <translation>رپورٹ وقوعہ کے 24 گھنٹے سے زیادہ بعد درج ہوئی: تاخیر کی وجہ لکھیں۔</translation>
    </message>
    <message>
        <source>The FIR cannot be despatched before it was reported.</source>
        <translation>ایف آئی آر کی روانگی کا وقت رپورٹ کے وقت سے پہلے کا نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>The distance must be between 0 and 500 km.</source>
        <translation>فاصلہ 0 سے 500 کلومیٹر کے درمیان ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>Choose a direction such as N, NE or SW.</source>
        <translation>سمت منتخب کریں، مثلاً N، NE یا SW۔</translation>
    </message>
    <message>
        <source>Name the complainant.</source>
        <translation>مدعی کا نام درج کریں۔</translation>
    </message>
    <message>
        <source>Choose at least one offence section.</source>
        <translation>جرم کی کم از کم ایک دفعہ منتخب کریں۔</translation>
    </message>
    <message>
        <source>A section is listed twice.</source>
        <translation>کوئی دفعہ دو بار درج ہو گئی ہے۔</translation>
    </message>
    <message>
        <source>Describe each unknown accused.</source>
        <translation>ہر نامعلوم ملزم کا حلیہ لکھیں۔</translation>
    </message>
    <message>
        <source>Enter the name in English or in Urdu.</source>
        <translation>نام انگریزی یا اردو میں درج کریں۔</translation>
    </message>
    <message>
        <source>Choose s/o, d/o or w/o.</source>
        <translation>ولد، دختر یا زوجہ منتخب کریں۔</translation>
    </message>
    <message>
        <source>Choose male, female or other.</source>
        <translation>مرد، عورت یا دیگر منتخب کریں۔</translation>
    </message>
    <message>
        <source>A passport number has 6 to 20 letters and digits.</source>
        <translation>پاسپورٹ نمبر میں 6 سے 20 تک انگریزی حروف اور ہندسے ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>The date of birth is impossible.</source>
        <translation>یہ تاریخِ پیدائش درست نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>The age must be between 0 and 120.</source>
        <translation>عمر 0 سے 120 سال کے درمیان ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>A mobile number is written 03XX-XXXXXXX.</source>
        <translation>موبائل نمبر اس طرح لکھیں: 03XX-XXXXXXX</translation>
    </message>
    <message>
        <source>The key kept in the keyring is damaged.</source>
        <translation>keyring میں رکھی گئی کلید خراب ہے۔</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read or is damaged.</source>
        <translation>کلید فائل ⁦{path}⁩ پڑھی نہیں جا سکتی یا خراب ہے۔</translation>
    </message>
    <message>
        <source>Moharrar</source>
        <translation>محرر</translation>
    </message>
    <message>
        <source>Head moharrar</source>
        <translation>ہیڈ محرر</translation>
    </message>
    <message>
        <source>SHO</source>
        <translation>ایس ایچ او</translation>
    </message>
    <message>
        <source>Investigating officer</source>
        <translation>تفتیشی افسر</translation>
    </message>
    <message>
        <source>Check-post officer</source>
        <translation>چیک پوسٹ افسر</translation>
    </message>
    <message>
        <source>Khidmat Markaz counter staff</source>
        <translation>خدمت مرکز کاؤنٹر عملہ</translation>
    </message>
    <message>
        <source>CRO officer</source>
        <translation>سی آر او افسر</translation>
    </message>
    <message>
        <source>Station admin</source>
        <translation>تھانہ ایڈمن</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>تربیت کار</translation>
    </message>
    <message>
        <source>register an FIR</source>
        <translation>ایف آئی آر درج کرنے</translation>
    </message>
    <message>
        <source>write in the daily diary</source>
        <translation>روزنامچہ میں رپٹ لکھنے</translation>
    </message>
    <message>
        <source>correct or cancel a register entry</source>
        <translation>رجسٹر کے کسی اندراج کی تصحیح یا منسوخی</translation>
    </message>
    <message>
        <source>close the daily diary</source>
        <translation>روزنامچہ بند کرنے</translation>
    </message>
    <message>
        <source>add or change person records</source>
        <translation>افراد کا ریکارڈ درج کرنے یا بدلنے</translation>
    </message>
    <message>
        <source>view the station registers</source>
        <translation>تھانے کے رجسٹر دیکھنے</translation>
    </message>
    <message>
        <source>view restricted registers</source>
        <translation>محدود رسائی والے رجسٹر دیکھنے</translation>
    </message>
    <message>
        <source>enrol fingerprints</source>
        <translation>انگلیوں کے نشانات درج کرنے</translation>
    </message>
    <message>
        <source>run a fingerprint identification</source>
        <translation>انگلیوں کے نشانات سے شناخت کرنے</translation>
    </message>
    <message>
        <source>print or export records</source>
        <translation>ریکارڈ پرنٹ یا ایکسپورٹ کرنے</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>یوزر اکاؤنٹس کا انتظام کرنے</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>آڈٹ ریکارڈ دیکھنے</translation>
    </message>
    <message>
        <source>work at the Khidmat Markaz counter</source>
        <translation>خدمت مرکز کاؤنٹر پر کام کرنے</translation>
    </message>
    <message>
        <source>decide a counter application sent to the SHO</source>
        <translation>ایس ایچ او کو بھیجی گئی درخواست کا فیصلہ کرنے</translation>
    </message>
    <message>
        <source>register a complaint</source>
        <translation>شکایت درج کرنے</translation>
    </message>
    <message>
        <source>assign or close a complaint</source>
        <translation>شکایت کسی کے سپرد کرنے یا نمٹانے</translation>
    </message>
    <message>
        <source>A user name has 3 to 40 English letters or digits.</source>
        <translation>یوزر نیم میں 3 سے 40 تک انگریزی حروف یا ہندسے ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>A password has at least {n} characters.</source>
        <translation>پاس ورڈ میں کم از کم {n} حروف ہونے چاہییں۔</translation>
    </message>
    <message>
        <source>This user name is taken.</source>
        <translation>یہ یوزر نیم پہلے سے کسی اور کے نام پر ہے۔</translation>
    </message>
    <message>
        <source>change your own role</source>
        <translation>اپنا عہدہ خود تبدیل کرنے</translation>
    </message>
    <message>
        <source>reset a password without a second administrator</source>
        <translation>دوسرے ایڈمن کے بغیر پاس ورڈ دوبارہ ترتیب دینے</translation>
    </message>
    <message>
        <source>Choose a password you have not used among your last {n}.</source>
        <translation>ایسا پاس ورڈ منتخب کریں جو آپ نے اپنے پچھلے {n} پاس ورڈز میں استعمال نہ کیا ہو۔</translation>
    </message>
    <message>
        <source>A CNIC has 13 digits, written 12345-1234567-1.</source>
        <translation>شناختی کارڈ نمبر 13 ہندسوں کا ہوتا ہے اور اس طرح لکھا جاتا ہے: 12345-1234567-1</translation>
    </message>
    <message>
        <source>The first digit of a CNIC is the province code, 1 to 8.</source>
        <translation>شناختی کارڈ نمبر کا پہلا ہندسہ صوبے کا کوڈ ہوتا ہے، جو 1 سے 8 تک ہے۔</translation>
    </message>
    <message>
        <source>The last digit of this CNIC is usually odd for men and even for women. Please check it.</source>
        <translation>شناختی کارڈ نمبر کا آخری ہندسہ عموماً مردوں کے لیے طاق اور خواتین کے لیے جفت ہوتا ہے۔ براہِ کرم نمبر دوبارہ دیکھ لیں۔</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation>بہت طویل: زیادہ سے زیادہ {limit} حروف۔</translation>
    </message>
    <message>
        <source>A name may hold only letters, spaces, dots and hyphens.</source>
        <translation>نام میں صرف حروف، خالی جگہ، نقطے (.) اور ہائفن (-) ہو سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Write this name in English letters; use the Urdu field for Urdu.</source>
        <translation>یہ نام انگریزی حروف میں لکھیں؛ اردو نام اردو والے خانے میں لکھیں۔</translation>
    </message>
    <message>
        <source>Write this name in Urdu letters; use the English field for English.</source>
        <translation>یہ نام اردو حروف میں لکھیں؛ انگریزی نام انگریزی والے خانے میں لکھیں۔</translation>
    </message>
    <message>
        <source>Write the FIR number as 123/2026.</source>
        <translation>ایف آئی آر نمبر اس طرح لکھیں: 123/2026</translation>
    </message>
    <message>
        <source>Write the date as dd-mm-yyyy.</source>
        <translation>تاریخ dd-mm-yyyy کی صورت میں لکھیں۔</translation>
    </message>
    <message>
        <source>The backup&apos;s hash chains do not verify: {first}</source>
        <translation>بیک اپ کی ہیش زنجیریں درست ثابت نہیں ہوئیں: {first}</translation>
    </message>
    <message>
        <source>There is no station database in {folder}.</source>
        <translation>{folder} میں تھانے کا کوئی ڈیٹا بیس نہیں ہے۔</translation>
    </message>
    <message>
        <source>There is no station key for {folder}.</source>
        <translation>{folder} کے لیے تھانے کی کوئی کلید نہیں ہے۔</translation>
    </message>
    <message>
        <source>This value is not allowed.</source>
        <translation>یہ قدر قابلِ قبول نہیں۔</translation>
    </message>
    <message>
        <source>Thana is already running on this station&apos;s data (close it first): {folder}</source>
        <translation>تھانہ سافٹ ویئر اس تھانے کے ڈیٹا پر پہلے سے چل رہا ہے (پہلے اسے بند کریں): {folder}</translation>
    </message>
    <message>
        <source>The fingerprint scanner did not work.</source>
        <translation>فنگر پرنٹ سکینر نے کام نہیں کیا۔</translation>
    </message>
    <message>
        <source>No fingerprint scanner is connected on {port}.</source>
        <translation>{port} پر کوئی فنگر پرنٹ سکینر منسلک نہیں۔</translation>
    </message>
    <message>
        <source>The fingerprint scanner was unplugged during the capture. Plug it in and try again.</source>
        <translation>فنگر پرنٹ لیتے وقت سکینر نکل گیا۔ اسے دوبارہ لگا کر پھر کوشش کریں۔</translation>
    </message>
    <message>
        <source>The fingerprint scanner on {port} refused the password. Ask the technician for the scanner&apos;s password.</source>
        <translation>{port} پر فنگر پرنٹ سکینر نے پاس ورڈ قبول نہیں کیا۔ سکینر کا پاس ورڈ ٹیکنیشن سے معلوم کریں۔</translation>
    </message>
    <message>
        <source>The fingerprint scanner on {port} did not answer in time.</source>
        <translation>{port} پر فنگر پرنٹ سکینر نے وقت پر جواب نہیں دیا۔</translation>
    </message>
    <message>
        <source>No finger was placed on the scanner within {seconds} seconds.</source>
        <translation>{seconds} سیکنڈ میں سکینر پر کوئی انگلی نہیں رکھی گئی۔</translation>
    </message>
    <message>
        <source>The fingerprint scanner on {port} sent a garbled reply. The line will be reopened.</source>
        <translation>{port} پر فنگر پرنٹ سکینر کا جواب بگڑا ہوا آیا۔ رابطہ دوبارہ کھولا جائے گا۔</translation>
    </message>
    <message>
        <source>The capture was cancelled.</source>
        <translation>فنگر پرنٹ لینا منسوخ کر دیا گیا۔</translation>
    </message>
    <message>
        <source>simulated (training)</source>
        <translation>فرضی (تربیت)</translation>
    </message>
    <message>
        <source>The fingerprint template is damaged or not in ISO/IEC 19794-2 format ({reason}).</source>
        <translation>فنگر پرنٹ ٹیمپلیٹ خراب ہے یا ISO/IEC 19794-2 فارمیٹ میں نہیں ({reason})۔</translation>
    </message>
    <message>
        <source>The fingerprint image cannot be used ({reason}).</source>
        <translation>فنگر پرنٹ کی تصویر استعمال نہیں ہو سکتی ({reason})۔</translation>
    </message>
    <message>
        <source>A fingerprint index entry is damaged or was written by another version of the program ({reason}).</source>
        <translation>فنگر پرنٹ انڈیکس کا ایک اندراج خراب ہے یا پروگرام کے کسی اور ورژن نے لکھا ہے ({reason})۔</translation>
    </message>
    <message>
        <source>The print is too faint or smudged (quality {quality} of 100, at least {minimum} needed). Clean the glass, press the finger flat and place it again.</source>
        <translation>نشان بہت ہلکا یا دھندلا ہے (معیار 100 میں سے {quality}، کم از کم {minimum} درکار)۔ شیشہ صاف کریں اور انگلی سیدھی دبا کر دوبارہ رکھیں۔</translation>
    </message>
    <message>
        <source>Too little of the finger was read ({count} ridge endings and forks, at least {minimum} needed). Place the finger flat in the middle of the glass.</source>
        <translation>انگلی کا بہت کم حصہ پڑھا گیا ({count} نشانات، کم از کم {minimum} درکار)۔ انگلی شیشے کے درمیان میں سیدھی رکھیں۔</translation>
    </message>
    <message>
        <source>This impression does not match the earlier ones of the same finger. Place the same finger again.</source>
        <translation>یہ نشان اسی انگلی کے پچھلے نشانات سے نہیں ملتا۔ وہی انگلی دوبارہ رکھیں۔</translation>
    </message>
    <message>
        <source>Every finger needs {count} accepted impressions, and at least one finger must be taken.</source>
        <translation>ہر انگلی کے {count} منظور شدہ نشان درکار ہیں، اور کم از کم ایک انگلی لینا لازمی ہے۔</translation>
    </message>
    <message>
        <source>The photo cannot be used: it must be a JPEG or PNG picture of at most 10 MB.</source>
        <translation>یہ تصویر استعمال نہیں ہو سکتی: یہ زیادہ سے زیادہ 10 MB کی JPEG یا PNG تصویر ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>This record was already withdrawn.</source>
        <translation>یہ ریکارڈ پہلے ہی واپس لیا جا چکا ہے۔</translation>
    </message>
    <message>
        <source>Right thumb</source>
        <translation>دایاں انگوٹھا</translation>
    </message>
    <message>
        <source>Right index finger</source>
        <translation>دائیں ہاتھ کی شہادت کی انگلی</translation>
    </message>
    <message>
        <source>Right middle finger</source>
        <translation>دائیں ہاتھ کی درمیانی انگلی</translation>
    </message>
    <message>
        <source>Right ring finger</source>
        <translation>دائیں ہاتھ کی انگوٹھی والی انگلی</translation>
    </message>
    <message>
        <source>Right little finger</source>
        <translation>دائیں ہاتھ کی چھنگلی</translation>
    </message>
    <message>
        <source>Left thumb</source>
        <translation>بایاں انگوٹھا</translation>
    </message>
    <message>
        <source>Left index finger</source>
        <translation>بائیں ہاتھ کی شہادت کی انگلی</translation>
    </message>
    <message>
        <source>Left middle finger</source>
        <translation>بائیں ہاتھ کی درمیانی انگلی</translation>
    </message>
    <message>
        <source>Left ring finger</source>
        <translation>بائیں ہاتھ کی انگوٹھی والی انگلی</translation>
    </message>
    <message>
        <source>Left little finger</source>
        <translation>بائیں ہاتھ کی چھنگلی</translation>
    </message>
    <message>
        <source>Criminal record</source>
        <translation>مجرمانہ ریکارڈ</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Proclaimed offender</source>
        <translation>اشتہاری ملزم</translation>
    </message>
    <message>
        <source>Enter where the check is made (check post or counter).</source>
        <translation>لکھیں کہ پڑتال کہاں ہو رہی ہے (چیک پوسٹ یا کاؤنٹر)۔</translation>
    </message>
    <message>
        <source>A registration number is letters then digits, for example LEB-8979 or ICT-AB-123.</source>
        <translation>رجسٹریشن نمبر میں پہلے حروف اور پھر ہندسے ہوتے ہیں، مثلاً LEB-8979 یا ICT-AB-123۔</translation>
    </message>
    <message>
        <source>Choose one of the listed options.</source>
        <translation>فہرست میں سے کوئی ایک انتخاب کریں۔</translation>
    </message>
    <message>
        <source>Enter a real date, written YYYY-MM-DD.</source>
        <translation>درست تاریخ لکھیں، اس طرح: YYYY-MM-DD (سال-مہینہ-دن)۔</translation>
    </message>
    <message>
        <source>Enter a number using digits only.</source>
        <translation>نمبر صرف ہندسوں میں لکھیں۔</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>یہ تاریخ مستقبل کی ہے۔</translation>
    </message>
    <message>
        <source>Enter the registration, chassis or engine number of the vehicle.</source>
        <translation>گاڑی کا رجسٹریشن، چیسس یا انجن نمبر درج کریں۔</translation>
    </message>
    <message>
        <source>The document has been altered: its contents do not match the station&apos;s signature.</source>
        <translation>اس دستاویز میں ردوبدل کیا گیا ہے: اس کا متن تھانے کے دستخط سے مطابقت نہیں رکھتا۔</translation>
    </message>
    <message>
        <source>The document was signed with a key that is not on the list of trusted station keys.</source>
        <translation>اس دستاویز پر ایسی کلید سے دستخط کیے گئے ہیں جو تھانوں کی معتبر کلیدوں کی فہرست میں شامل نہیں۔</translation>
    </message>
    <message>
        <source>The document was signed with a station key that has been revoked.</source>
        <translation>اس دستاویز پر تھانے کی ایسی کلید سے دستخط کیے گئے ہیں جو منسوخ کی جا چکی ہے۔</translation>
    </message>
    <message>
        <source>This is not a readable document code, or it is damaged.</source>
        <translation>یہ دستاویز کا قابلِ مطالعہ کوڈ نہیں، یا یہ خراب ہو چکا ہے۔</translation>
    </message>
    <message>
        <source>The list of trusted station keys is damaged. Get a fresh copy from the national server.</source>
        <translation>تھانوں کی معتبر کلیدوں کی فہرست خراب ہے۔ قومی سرور سے اس کی نئی نقل حاصل کریں۔</translation>
    </message>
    <message>
        <source>The list of trusted station keys has been altered, or was not signed by the national server&apos;s key {kid}. Do not rely on it: get a fresh copy from the national server.</source>
        <translation>قابلِ اعتماد تھانہ کلیدوں کی فہرست میں ردوبدل کیا گیا ہے، یا اس پر قومی سرور کی کلید {kid} کے دستخط نہیں ہیں۔ اس پر بھروسا نہ کریں: قومی سرور سے نئی نقل حاصل کریں۔</translation>
    </message>
    <message>
        <source>The list of trusted station keys is signed by the national server key {kid}, which this computer does not know. Give the key the national server publishes with --national-key KEY.</source>
        <translation>قابلِ اعتماد تھانہ کلیدوں کی فہرست پر قومی سرور کی کلید {kid} کے دستخط ہیں، جسے یہ کمپیوٹر نہیں جانتا۔ قومی سرور کی شائع کردہ کلید --national-key KEY کے ساتھ دیں۔</translation>
    </message>
    <message>
        <source>This is not a national server key: give the text thana server trust-key prints.</source>
        <translation>یہ قومی سرور کی کلید نہیں ہے: وہ عبارت دیں جو thana server trust-key چھاپتا ہے۔</translation>
    </message>
    <message>
        <source>Sync with the national server failed. The entries stay queued.</source>
        <translation>قومی سرور کے ساتھ ہم آہنگی ناکام رہی۔ اندراجات قطار میں محفوظ ہیں۔</translation>
    </message>
    <message>
        <source>The national server at {url} cannot be reached. The entries stay queued and will be sent later.</source>
        <translation>قومی سرور {url} سے رابطہ نہیں ہو سکا۔ اندراجات قطار میں محفوظ ہیں اور بعد میں بھیج دیے جائیں گے۔</translation>
    </message>
    <message>
        <source>The national server at {url} did not answer in time. The entries stay queued and will be sent later.</source>
        <translation>قومی سرور {url} نے مقررہ وقت میں جواب نہیں دیا۔ اندراجات قطار میں محفوظ ہیں اور بعد میں بھیج دیے جائیں گے۔</translation>
    </message>
    <message>
        <source>The national server answered with an error (HTTP {status}). The entries stay queued.</source>
        <translation>قومی سرور نے خرابی کا جواب دیا (HTTP {status})۔ اندراجات قطار میں محفوظ ہیں۔</translation>
    </message>
    <message>
        <source>The answer from {url} is not a valid answer of the national server. Nothing was marked as sent.</source>
        <translation>{url} سے آنے والا جواب قومی سرور کا درست جواب نہیں ہے۔ کوئی اندراج بھیجا ہوا شمار نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>The national server refused the request (HTTP {status}): {reason}</source>
        <translation>قومی سرور نے درخواست رد کر دی (HTTP {status}): {reason}</translation>
    </message>
    <message>
        <source>This station is not enrolled with the national server. Enroll it first: thana sync enroll --server URL --code CODE</source>
        <translation>یہ تھانہ قومی سرور پر رجسٹر نہیں ہے۔ پہلے اسے رجسٹر کریں: thana sync enroll --server URL --code CODE</translation>
    </message>
    <message>
        <source>The national server does not accept this computer&apos;s credential ({reason}). Enroll it again with a new code.</source>
        <translation>قومی سرور اس کمپیوٹر کی اسناد قبول نہیں کرتا ({reason})۔ نئے کوڈ سے اسے دوبارہ رجسٹر کریں۔</translation>
    </message>
    <message>
        <source>The national server has revoked this computer ({reason}). Its entries are kept here; ask the administrator.</source>
        <translation>قومی سرور نے اس کمپیوٹر کی اجازت منسوخ کر دی ہے ({reason})۔ اس کے اندراجات یہیں محفوظ ہیں؛ منتظم سے رابطہ کریں۔</translation>
    </message>
    <message>
        <source>The enrollment code was refused: {reason}</source>
        <translation>رجسٹریشن کوڈ رد کر دیا گیا: {reason}</translation>
    </message>
    <message>
        <source>The code was issued for station {station}, which this station database does not hold.</source>
        <translation>یہ کوڈ تھانہ {station} کے لیے جاری کیا گیا تھا، جو اس تھانے کے ڈیٹا بیس میں موجود نہیں۔</translation>
    </message>
    <message>
        <source>A file from the national server arrived damaged ({sha256}); it was not used and will be fetched again.</source>
        <translation>قومی سرور سے آنے والی ایک فائل خراب حالت میں پہنچی ({sha256})؛ اسے استعمال نہیں کیا گیا اور دوبارہ منگوایا جائے گا۔</translation>
    </message>
    <message>
        <source>The server at {url} did not prove that it is the national server: its certificate is not from the national CA this computer trusts. Nothing was sent or marked as sent.</source>
        <translation>{url} پر موجود سرور یہ ثابت نہیں کر سکا کہ وہ قومی سرور ہے: اس کا سرٹیفکیٹ اُس قومی CA کا نہیں جس پر یہ کمپیوٹر بھروسا کرتا ہے۔ کچھ نہیں بھیجا گیا اور کچھ بھی بھیجا ہوا درج نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The national server&apos;s address must begin with https:// (plain http is allowed only to this computer itself, for a demo): {url}</source>
        <translation>قومی سرور کا پتا https:// سے شروع ہونا چاہیے (سادہ http صرف اسی کمپیوٹر کے لیے، ڈیمو میں، جائز ہے): {url}</translation>
    </message>
    <message>
        <source>Give the national CA certificate from the administrator to enroll with {url} (--ca-cert FILE).</source>
        <translation>{url} کے ساتھ اندراج کے لیے ایڈمنسٹریٹر سے ملا قومی CA سرٹیفکیٹ دیں (--ca-cert FILE)۔</translation>
    </message>
    <message>
        <source>The file {path} is not a CA certificate in PEM form.</source>
        <translation>فائل {path} PEM شکل میں CA سرٹیفکیٹ نہیں ہے۔</translation>
    </message>
    <message>
        <source>This computer&apos;s device key is missing or damaged in the keyring. Enroll it again with a new code.</source>
        <translation>کی رِنگ میں اس کمپیوٹر کی ڈیوائس کلید موجود نہیں یا خراب ہے۔ نئے کوڈ سے اس کا دوبارہ اندراج کریں۔</translation>
    </message>
    <message>
        <source>A newer sync of this computer has started; this one stopped. Nothing is lost: the newer one sends the entries.</source>
        <translation>اس کمپیوٹر کی ایک نئی سنک شروع ہو چکی ہے؛ یہ والی رک گئی۔ کچھ ضائع نہیں ہوا: نئی سنک اندراجات بھیجے گی۔</translation>
    </message>
    <message>
        <source>A sync of this station is already running ({folder}). Wait for it to finish.</source>
        <translation>اس تھانے کی ایک سنک پہلے سے چل رہی ہے ({folder})۔ اس کے ختم ہونے کا انتظار کریں۔</translation>
    </message>
    <message>
        <source>The national server has revoked this computer ({reason}). Sync is locked and nothing was deleted: the {count} unsynced entries stay here and were exported to {path}. Give that file to the administrator.</source>
        <translation>قومی سرور نے اس کمپیوٹر کو منسوخ کر دیا ہے ({reason})۔ سنک بند کر دی گئی ہے اور کچھ حذف نہیں ہوا: {count} غیر سنک شدہ اندراجات یہیں محفوظ ہیں اور {path} میں برآمد کر دیے گئے ہیں۔ یہ فائل ایڈمنسٹریٹر کو دیں۔</translation>
    </message>
    <message>
        <source>Sync is locked: the national server revoked this computer on {at}. Nothing was deleted: the {count} unsynced entries stay here and were exported to {path}.</source>
        <translation>سنک بند ہے: قومی سرور نے {at} کو اس کمپیوٹر کو منسوخ کر دیا تھا۔ کچھ حذف نہیں ہوا: {count} غیر سنک شدہ اندراجات یہیں محفوظ ہیں اور {path} میں برآمد کر دیے گئے تھے۔</translation>
    </message>
    <message>
        <source>The list of station keys from {url} is not signed by the national server&apos;s key. The list held on this PC is kept; tell the administrator.</source>
        <translation>{url} سے آنے والی تھانہ کلیدوں کی فہرست پر قومی سرور کی کلید کے دستخط نہیں ہیں۔ اس کمپیوٹر پر موجود فہرست برقرار رکھی گئی ہے؛ منتظم کو اطلاع دیں۔</translation>
    </message>
    <message>
        <source>There is no list of trusted station keys at {path}. Name one with --keys FILE.</source>
        <translation>{path} پر تھانوں کی معتبر کلیدوں کی کوئی فہرست موجود نہیں۔ --keys FILE سے فہرست کا نام دیں۔</translation>
    </message>
    <message>
        <source>The document has been altered: the printed text differs from the signed details.</source>
        <translation>اس دستاویز میں ردوبدل کیا گیا ہے: چھپی ہوئی عبارت دستخط شدہ تفصیلات سے مختلف ہے۔</translation>
    </message>
    <message>
        <source>The file is not a readable PDF, or it carries no Thana document code.</source>
        <translation>یہ فائل قابلِ مطالعہ پی ڈی ایف نہیں، یا اس پر تھانہ دستاویز کا کوئی کوڈ موجود نہیں۔</translation>
    </message>
    <message>
        <source>The document has been altered: it carries more than one document code.</source>
        <translation>اس دستاویز میں ردوبدل کیا گیا ہے: اس پر ایک سے زیادہ دستاویزی کوڈ موجود ہیں۔</translation>
    </message>
    <message>
        <source>The national server refused to send these records: {reason}</source>
        <translation>قومی سرور نے یہ ریکارڈ بھیجنے سے انکار کر دیا: {reason}</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>والد</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>والدہ</translation>
    </message>
    <message>
        <source>Husband or wife</source>
        <translation>شوہر یا بیوی</translation>
    </message>
    <message>
        <source>Brother</source>
        <translation>بھائی</translation>
    </message>
    <message>
        <source>Sister</source>
        <translation>بہن</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>بیٹا</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>بیٹی</translation>
    </message>
    <message>
        <source>Other blood relative</source>
        <translation>دیگر خونی رشتہ دار</translation>
    </message>
    <message>
        <source>Authorised person (authority letter)</source>
        <translation>مجاز شخص (اختیار نامہ)</translation>
    </message>
    <message>
        <source>Find the applicant by CNIC, B-Form or passport number, or enter a new applicant.</source>
        <translation>درخواست گزار کو شناختی کارڈ، ب فارم یا پاسپورٹ نمبر سے تلاش کریں، یا نیا درخواست گزار درج کریں۔</translation>
    </message>
    <message>
        <source>An applicant needs a CNIC, B-Form or passport number.</source>
        <translation>درخواست گزار کا شناختی کارڈ، ب فارم یا پاسپورٹ نمبر ضروری ہے۔</translation>
    </message>
    <message>
        <source>Every required document must be seen and ticked before the application is received.</source>
        <translation>درخواست وصول کرنے سے پہلے ہر ضروری دستاویز دیکھ کر اس پر نشان لگانا لازم ہے۔</translation>
    </message>
    <message>
        <source>Choose Urdu or English.</source>
        <translation>اردو یا انگریزی منتخب کریں۔</translation>
    </message>
    <message>
        <source>Choose how the person applying is related to the applicant.</source>
        <translation>منتخب کریں کہ درخواست دہندہ کا درخواست گزار سے کیا رشتہ ہے۔</translation>
    </message>
    <message>
        <source>Enter a CNIC or B-Form number (13 digits) or a passport number.</source>
        <translation>شناختی کارڈ یا ب فارم نمبر (13 ہندسے) یا پاسپورٹ نمبر درج کریں۔</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>سروس منتخب کریں۔</translation>
    </message>
    <message>
        <source>Ask the applicant to rate the service from 1 (poor) to 5 (excellent).</source>
        <translation>درخواست گزار سے سروس کی درجہ بندی 1 (کمزور) سے 5 (بہترین) تک کروائیں۔</translation>
    </message>
    <message>
        <source>This application is not awaiting the SHO&apos;s decision.</source>
        <translation>یہ درخواست ایس ایچ او کے فیصلے کی منتظر نہیں ہے۔</translation>
    </message>
    <message>
        <source>An application that is &quot;{now}&quot; cannot become &quot;{next}&quot;.</source>
        <translation>جو درخواست &quot;{now}&quot; ہو وہ &quot;{next}&quot; نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>Search by tracking number (as on the receipt) or by CNIC.</source>
        <translation>ٹریکنگ نمبر (جیسا رسید پر ہے) یا شناختی کارڈ نمبر سے تلاش کریں۔</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>موصول</translation>
    </message>
    <message>
        <source>Under verification</source>
        <translation>تصدیق جاری</translation>
    </message>
    <message>
        <source>Awaiting SHO decision</source>
        <translation>ایس ایچ او کے فیصلے کی منتظر</translation>
    </message>
    <message>
        <source>Ready for collection</source>
        <translation>وصولی کے لیے تیار</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>حوالے کر دی گئی</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مسترد</translation>
    </message>
    <message>
        <source>A tracking number is written like PB-LHR-MTN-261202-0007-K.</source>
        <translation>ٹریکنگ نمبر اس طرح لکھا جاتا ہے: PB-LHR-MTN-261202-0007-K</translation>
    </message>
    <message>
        <source>This tracking number has a mistake in it: check it against the receipt.</source>
        <translation>اس ٹریکنگ نمبر میں غلطی ہے: رسید سے ملا کر دیکھیں۔</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>تاخیر</translation>
    </message>
    <message>
        <source>This PC must first restore the station&apos;s numbering from the national server: press Sync now (or run thana sync restore), then register the FIR.</source>
        <translation>اس کمپیوٹر کو پہلے قومی سرور سے تھانے کی نمبرنگ بحال کرنی ہوگی: ابھی سنک کریں دبائیں (یا thana sync restore چلائیں)، پھر ایف آئی آر درج کریں۔</translation>
    </message>
    <message>
        <source>This detail of a person cannot be amended.</source>
        <translation>کسی شخص کی یہ تفصیل ترمیم نہیں کی جا سکتی۔</translation>
    </message>
    <message>
        <source>Only the station that created this person can settle the conflict.</source>
        <translation>یہ تنازع صرف وہی تھانہ طے کر سکتا ہے جس نے اس شخص کا ریکارڈ بنایا تھا۔</translation>
    </message>
    <message>
        <source>Say why the record is amended.</source>
        <translation>بتائیں کہ ریکارڈ میں ترمیم کیوں کی جا رہی ہے۔</translation>
    </message>
    <message>
        <source>This PC&apos;s clock is {days} days {hours} hours {minutes} minutes behind the national server&apos;s. Entries keep this PC&apos;s time: please set the clock right.</source>
        <translation>اس کمپیوٹر کی گھڑی قومی سرور کی گھڑی سے {days} دن {hours} گھنٹے {minutes} منٹ پیچھے ہے۔ اندراجات اسی کمپیوٹر کا وقت رکھتے ہیں: براہِ کرم گھڑی درست کریں۔</translation>
    </message>
    <message>
        <source>This PC&apos;s clock is {days} days {hours} hours {minutes} minutes ahead of the national server&apos;s. Entries keep this PC&apos;s time: please set the clock right.</source>
        <translation>اس کمپیوٹر کی گھڑی قومی سرور کی گھڑی سے {days} دن {hours} گھنٹے {minutes} منٹ آگے ہے۔ اندراجات اسی کمپیوٹر کا وقت رکھتے ہیں: براہِ کرم گھڑی درست کریں۔</translation>
    </message>
    <message>
        <source>The demo&apos;s national server could not be started: {reason}. The log is {log}.</source>
        <translation>ڈیمو کا قومی سرور شروع نہیں ہو سکا: {reason}۔ لاگ فائل {log} ہے۔</translation>
    </message>
    <message>
        <source>An e-tag is written like PB-LHR-MTN-261202-E0007-K.</source>
        <translation>ای ٹیگ اس طرح لکھا جاتا ہے: PB-LHR-MTN-261202-E0007-K</translation>
    </message>
    <message>
        <source>This e-tag has a mistake in it: check it against the complaint slip.</source>
        <translation>اس ای ٹیگ میں غلطی ہے: شکایت کی رسید سے ملا کر دیکھیں۔</translation>
    </message>
    <message>
        <source>Choose an officer of this police station.</source>
        <translation>اس تھانے کا کوئی افسر چنیں۔</translation>
    </message>
    <message>
        <source>No application of this station has this tracking number.</source>
        <translation>اس تھانے کی کسی درخواست کا یہ ٹریکنگ نمبر نہیں۔</translation>
    </message>
    <message>
        <source>This application is not a complaint (crime report, violence-against-women report or request for protection).</source>
        <translation>یہ درخواست شکایت نہیں (جرم کی رپورٹ، خواتین پر تشدد کی رپورٹ یا تحفظ کی درخواست)۔</translation>
    </message>
    <message>
        <source>A complaint is already registered on this application.</source>
        <translation>اس درخواست پر شکایت پہلے ہی درج ہے۔</translation>
    </message>
    <message>
        <source>Complaint {etag} is closed or converted into an FIR; it can no longer be changed.</source>
        <translation>شکایت {etag} نمٹا دی گئی ہے یا اس پر ایف آئی آر درج ہو چکی ہے؛ اب اس میں تبدیلی نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>A complaint of &quot;{category}&quot; is not cognizable: no FIR can be registered on it. Record the action taken and close it.</source>
        <translation>&quot;{category}&quot; کی شکایت ناقابلِ دست اندازی ہے: اس پر ایف آئی آر درج نہیں ہو سکتی۔ کی گئی کارروائی لکھ کر اسے نمٹا دیں۔</translation>
    </message>
    <message>
        <source>The year must be from {first} to {last}.</source>
        <translation>سال {first} سے {last} تک ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>A document is issued only for an application that is ready.</source>
        <translation>دستاویز صرف تیار درخواست کے لیے جاری ہوتی ہے۔</translation>
    </message>
    <message>
        <source>That document was not issued at this station.</source>
        <translation>یہ دستاویز اس تھانے سے جاری نہیں ہوئی۔</translation>
    </message>
    <message>
        <source>The applicant has no CNIC, NICOP or passport number on record: a document cannot name them.</source>
        <translation>ریکارڈ میں درخواست گزار کا شناختی کارڈ، نائیکوپ یا پاسپورٹ نمبر نہیں ہے: دستاویز میں ان کی شناخت درج نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>This is the same CNIC as the other party&apos;s.</source>
        <translation>یہ دوسرے فریق والا ہی شناختی کارڈ نمبر ہے۔</translation>
    </message>
    <message>
        <source>The record checks of this application have not been run: verify it first.</source>
        <translation>اس درخواست کے ریکارڈ کی جانچ نہیں ہوئی: پہلے اس کی تصدیق کریں۔</translation>
    </message>
    <message>
        <source>Search by CNIC, or by at least 3 letters of a name or address.</source>
        <translation>شناختی کارڈ نمبر سے، یا نام یا پتے کے کم از کم 3 حروف سے تلاش کریں۔</translation>
    </message>
    <message>
        <source>The report is for today or an earlier day.</source>
        <translation>رپورٹ آج یا اس سے پہلے کے کسی دن کی ہی بن سکتی ہے۔</translation>
    </message>
    <message>
        <source>A chassis or engine number is 5 to 25 letters and digits.</source>
        <translation>چیسس یا انجن نمبر 5 سے 25 حروف اور ہندسوں پر مشتمل ہوتا ہے۔</translation>
    </message>
    <message>
        <source>This application has already been verified.</source>
        <translation>اس درخواست کی تصدیق پہلے ہی ہو چکی ہے۔</translation>
    </message>
    <message>
        <source>Take the applicant&apos;s fingerprint first: this service needs it searched.</source>
        <translation>پہلے درخواست گزار کی انگلی کا نشان لیں: اس سروس کے لیے اس کی تلاش ضروری ہے۔</translation>
    </message>
    <message>
        <source>That fingerprint search was not made at this counter.</source>
        <translation>انگلی کے نشان کی یہ تلاش اس کاؤنٹر پر نہیں کی گئی۔</translation>
    </message>
    <message>
        <source>That fingerprint search belongs to another application: take the applicant&apos;s finger again.</source>
        <translation>انگلی کے نشان کی یہ تلاش کسی اور درخواست کی ہے: درخواست گزار کی انگلی کا نشان دوبارہ لیں۔</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>پیش رفت</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>آگے بھیجی گئی</translation>
    </message>
</context>
</TS>
