<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>AccusedRow</name>
    <message>
        <source>Remove this accused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (if not known by name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>FIR No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigating officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Thana. Nothing was half-saved: the last save either finished or did not happen.

The details are in the log file:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the current date and time (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryForm</name>
    <message>
        <source>New diary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct diary entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 123/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information &amp;received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;FIR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: an unexpected error occurred (see the error report).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirForm</name>
    <message>
        <source>Correct FIR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New FIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add accused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save FIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>despatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Despatched at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place of occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance from station (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction from station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence &amp;sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for any delay in reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigating officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily diary reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the &amp;correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not yet assigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: an unexpected error occurred (see the error report).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirRecordDialog</name>
    <message>
        <source>PDF (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (Urdu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel FIR...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save FIR copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel FIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for cancellation (magistrate&apos;s order):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Thana: first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (12 characters or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station has no accounts yet. Create the station administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Thana: log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training data. Demo accounts (double-click to fill in):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police station</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Thana: Police Station %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register No. I: First Information Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register No. II: Daily Diary (Roznamcha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIR register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the database key is kept in a key file, not in the protected key store. Anyone who copies the key file and the database can read the registers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING: synthetic demo data. Nothing here is a real person or case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;FIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;diary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thana</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <source>son of (s/o)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daughter of (d/o)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wife of (w/o)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Urdu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father / husband (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father / husband (Urdu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a different person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this existing record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person may already be on record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing record: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Search: name, CNIC, FIR No. such as 123/2026, section, words</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionPicker</name>
    <message>
        <source>Number or words, e.g. 379 or theft; Enter adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cognizable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen (Delete removes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cognizable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-cognizable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-bailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Under investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challan submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untraced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The operation could not be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the highlighted fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station database could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy with another task. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station database cannot be opened: the key is wrong or the file is damaged. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no secure key store (keyring). Thana will not start without one. Start it with --key-file FILE to keep the key in a file you protect yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information / complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIR registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return from duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property deposited (malkhana)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit of a senior officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summons or warrant received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons in custody (opening)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction of an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information cannot be received after the entry is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not posted to a police station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary of {day} is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That FIR does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FIR is dated after this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day can be closed only once it has begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIR {number} is cancelled; it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offence section is not in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is impossible: it lies in the future or too far back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The occurrence cannot end before it began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report must come after the occurrence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported more than 24 hours after the occurrence: explain the delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FIR cannot be despatched before it was reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distance must be between 0 and 500 km.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a direction such as N, NE or SW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the complainant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one offence section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe each unknown accused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name in English or in Urdu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose s/o, d/o or w/o.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose male, female or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passport number has 6 to 20 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is impossible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age must be between 0 and 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number is written 03XX-XXXXXXX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key kept in the keyring is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} cannot be read or is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register an FIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write in the daily diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct or cancel a register entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close the daily diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add or change person records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the station registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view restricted registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrol fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run a fingerprint identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print or export records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 3 to 40 English letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password has at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user name is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CNIC has 13 digits, written 12345-1234567-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first digit of a CNIC is the province code, 1 to 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last digit of this CNIC is usually odd for men and even for women. Please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name may hold only letters, spaces, dots and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this name in English letters; use the Urdu field for Urdu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this name in Urdu letters; use the English field for English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the FIR number as 123/2026.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
