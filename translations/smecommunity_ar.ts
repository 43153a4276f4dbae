<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CredentialStore</name>
    <message>
        <source>No saved sign-in was found. Sign in.</source>
        <translation>لم يُعثر على تسجيل دخول محفوظ. سجّل الدخول.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the sign-in cannot be remembered. Install and unlock a keychain (for example GNOME Keyring or KWallet), or sign in each time.</source>
        <translation>لا تتوفر سلسلة مفاتيح على هذا الحاسوب، لذا لا يمكن تذكّر تسجيل الدخول. ثبّت سلسلة مفاتيح وافتح قفلها (مثل GNOME Keyring أو KWallet)، أو سجّل الدخول في كل مرة.</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it and try again.</source>
        <translation>رفضت سلسلة المفاتيح الوصول. افتح قفلها وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>أبلغت سلسلة المفاتيح عن خطأ.</translation>
    </message>
</context>
<context>
    <name>ServerUrlPolicy</name>
    <message>
        <source>Enter the address of the server.</source>
        <translation>أدخل عنوان الخادم.</translation>
    </message>
    <message>
        <source>This is not a valid server address. Use the form https://community.example.org.</source>
        <translation>هذا ليس عنوان خادم صالحًا. استخدم الصيغة https://community.example.org.</translation>
    </message>
    <message>
        <source>Only https:// server addresses are supported.</source>
        <translation>لا تُدعَم إلا عناوين الخوادم التي تبدأ بـ https://.</translation>
    </message>
    <message>
        <source>Unencrypted http:// is only allowed to this computer (localhost). Use https://.</source>
        <translation>لا يُسمح باتصال http:// غير المشفّر إلا مع هذا الحاسوب (localhost). استخدم https://.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the server address.</source>
        <translation>لا تُدرج اسم المستخدم وكلمة المرور في عنوان الخادم.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The file ends inside a quoted cell that starts on line %1.</source>
        <translation>ينتهي الملف داخل خلية بين علامتي اقتباس تبدأ في السطر %1.</translation>
    </message>
    <message>
        <source>Signs in and remembers the server and user in the profile. The password is read from standard input. The token is kept in the system keychain, or with --token-file in a file only you can read (mode 0600) in the profile.</source>
        <translation>يسجّل الدخول ويحفظ الخادم والمستخدم في الملف الشخصي. تُقرأ كلمة المرور من الإدخال القياسي. يُحفَظ الرمز المميز في سلسلة مفاتيح النظام، أو مع ‎--token-file في ملف داخل الملف الشخصي لا يقرؤه سواك (الوضع 0600).</translation>
    </message>
    <message>
        <source>Signs out: revokes the token on the server when it can be reached and always forgets it locally. Local records stay.</source>
        <translation>يسجّل الخروج: يلغي الرمز المميز على الخادم إن أمكن الوصول إليه ويحذفه محليًا دائمًا. تبقى السجلات المحلية.</translation>
    </message>
    <message>
        <source>Sends local edits to the server and fetches what changed there. Exits with 6 when conflicts or rejected edits remain.</source>
        <translation>يرسل التعديلات المحلية إلى الخادم ويجلب ما تغيّر عليه. ينتهي بالرمز 6 إذا بقيت تعارضات أو تعديلات مرفوضة.</translation>
    </message>
    <message>
        <source>Shows pending edits, conflicts, rejected edits, the last sync and the server.</source>
        <translation>يعرض التعديلات المعلّقة والتعارضات والتعديلات المرفوضة وآخر مزامنة والخادم.</translation>
    </message>
    <message>
        <source>Full-text search over practices and posts, best match first.</source>
        <translation>بحث في النص الكامل للممارسات والمشاركات، الأفضل تطابقًا أولًا.</translation>
    </message>
    <message>
        <source>Shows one record with all its fields.</source>
        <translation>يعرض سجلًا واحدًا بجميع حقوله.</translation>
    </message>
    <message>
        <source>Creates a record from a JSON object of fields (&quot;-&quot; reads standard input) and prints its id. Sent by the next sync.</source>
        <translation>ينشئ سجلًا من كائن JSON للحقول («-» يقرأ الإدخال القياسي) ويطبع معرّفه. يُرسَل عند المزامنة التالية.</translation>
    </message>
    <message>
        <source>Changes fields of a record. --set values are JSON when they parse as JSON (--set &apos;pillars=[&quot;green&quot;]&apos;, --set start_year=2020) and text otherwise; --file replaces the fields it names. Sent by the next sync.</source>
        <translation>يغيّر حقول سجل. قيم ‎--set تُعامَل كـ JSON إذا أمكن تحليلها كذلك (‎--set &apos;pillars=[&quot;green&quot;]&apos;‎، ‎--set start_year=2020) وكنص فيما عدا ذلك؛ ويستبدل ‎--file الحقول التي يسمّيها. يُرسَل عند المزامنة التالية.</translation>
    </message>
    <message>
        <source>Submits a practice for review, after checking every field a submission needs. Sent by the next sync.</source>
        <translation>يقدّم ممارسة للمراجعة بعد التحقق من كل حقل يتطلبه التقديم. يُرسَل عند المزامنة التالية.</translation>
    </message>
    <message>
        <source>Takes a submitted practice back to draft. Sent by the next sync.</source>
        <translation>يعيد ممارسة مقدَّمة إلى حالة المسودة. يُرسَل عند المزامنة التالية.</translation>
    </message>
    <message>
        <source>Creates draft practices from a CSV file: a header row of field names (title, summary, country, pillars...), then one practice per row; list values are separated by &quot;;&quot;. Every row is checked first and each problem reported with its row and field; then all valid rows are saved in one transaction. --dry-run only checks.</source>
        <translation>ينشئ مسودات ممارسات من ملف CSV: صف عناوين بأسماء الحقول (title وsummary وcountry وpillars...)، ثم ممارسة واحدة في كل صف؛ وتُفصل قيم القوائم بـ «;». يُفحص كل صف أولًا ويُبلَّغ عن كل مشكلة مع صفها وحقلها؛ ثم تُحفظ جميع الصفوف الصالحة في معاملة واحدة. ‎--dry-run يكتفي بالفحص.</translation>
    </message>
    <message>
        <source>Lists records changed both here and on the server, field by field.</source>
        <translation>يسرد السجلات التي عُدِّلت هنا وعلى الخادم، حقلًا حقلًا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>«%1» ليس عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«%1» ليس رقمًا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false.</source>
        <translation>«%1» ليس true ولا false.</translation>
    </message>
    <message>
        <source>csv, md (Markdown) or pdf.</source>
        <translation>csv أو md ‏(Markdown) أو pdf.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>الملف المراد كتابته.</translation>
    </message>
    <message>
        <source>Only practices of pillar P.</source>
        <translation>الممارسات التابعة للركيزة P فقط.</translation>
    </message>
    <message>
        <source>Only practices of country ISO3.</source>
        <translation>ممارسات البلد ISO3 فقط.</translation>
    </message>
    <message>
        <source>export needs --format csv|md|pdf and --out FILE.</source>
        <translation>يحتاج export إلى ‎--format csv|md|pdf و‎--out FILE.</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;; use csv, md or pdf.</source>
        <translation>صيغة التصدير «%1» غير معروفة؛ استخدم csv أو md أو pdf.</translation>
    </message>
    <message>
        <source>Unknown pillar &quot;%1&quot;; use one of %2.</source>
        <translation>الركيزة «%1» غير معروفة؛ استخدم إحدى القيم: %2.</translation>
    </message>
    <message>
        <source>Unknown country code &quot;%1&quot;; use an ISO 3166-1 alpha-3 code such as KEN.</source>
        <translation>رمز البلد «%1» غير معروف؛ استخدم رمز ISO 3166-1 ثلاثي الأحرف مثل KEN.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>Exported %1 practice(s) to %2.</source>
        <translation>صُدِّرت %1 ممارسة إلى %2.</translation>
    </message>
    <message>
        <source>The CSV file: a header row of field names, one practice per row.</source>
        <translation>ملف CSV: صف عناوين بأسماء الحقول، وممارسة واحدة في كل صف.</translation>
    </message>
    <message>
        <source>Check every row and report; write nothing.</source>
        <translation>افحص كل صف وأبلغ؛ دون كتابة أي شيء.</translation>
    </message>
    <message>
        <source>import needs --file PRACTICES.csv.</source>
        <translation>يحتاج import إلى ‎--file PRACTICES.csv.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save it as CSV UTF-8.</source>
        <translation>%1 ليس نصًا بترميز UTF-8؛ احفظه بصيغة CSV UTF-8.</translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header row of field names (title, summary, country, pillars...) and one practice per row.</source>
        <translation>%1 فارغ: يحتاج إلى صف عناوين بأسماء الحقول (title وsummary وcountry وpillars...) وممارسة واحدة في كل صف.</translation>
    </message>
    <message>
        <source>%1, line %2: column %3 &quot;%4&quot; is not a practice field that can be imported. Use the field names of the practice schema (title, summary, body, country, pillars, instrument...).</source>
        <translation>%1، السطر %2: العمود %3 «%4» ليس حقل ممارسة قابلًا للاستيراد. استخدم أسماء حقول مخطط الممارسات (title وsummary وbody وcountry وpillars وinstrument...).</translation>
    </message>
    <message>
        <source>%1: column &quot;%2&quot; appears twice.</source>
        <translation>%1: العمود «%2» مكرر.</translation>
    </message>
    <message>
        <source>%1 cells, but the header has %2 columns.</source>
        <translation>%1 خلايا، لكن صف العناوين يحتوي على %2 أعمدة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record id; leave it empty.</source>
        <translation>«%1» ليس معرّف سجل؛ اتركه فارغًا.</translation>
    </message>
    <message>
        <source>a record with this id already exists; change it with &quot;edit&quot; or leave the id empty.</source>
        <translation>يوجد سجل بهذا المعرّف بالفعل؛ عدّله باستخدام «edit» أو اترك المعرّف فارغًا.</translation>
    </message>
    <message>
        <source>imported practices are drafts; leave the status empty or write draft, and submit them afterwards.</source>
        <translation>الممارسات المستوردة مسودات؛ اترك الحالة فارغة أو اكتب draft، ثم قدّمها لاحقًا.</translation>
    </message>
    <message>
        <source>%1, row %2 (line %3): %4</source>
        <translation>%1، الصف %2 (السطر %3): %4</translation>
    </message>
    <message>
        <source>%1, row %2 (line %3), field %4: %5</source>
        <translation>%1، الصف %2 (السطر %3)، الحقل %4: %5</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 row(s) valid, %3 with problems; nothing was written.</source>
        <translation>تشغيل تجريبي: %1 من %2 صفًا صالحة، و%3 بها مشكلات؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Cannot write the local database</source>
        <translation>تتعذّر الكتابة في قاعدة البيانات المحلية</translation>
    </message>
    <message>
        <source>Nothing was imported; the local database refused a row</source>
        <translation>لم يُستورد شيء؛ رفضت قاعدة البيانات المحلية أحد الصفوف</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>لم يُستورد شيء</translation>
    </message>
    <message>
        <source>Imported %1 of %2 row(s) as drafts; %3 row(s) with problems were skipped (see above). The next sync sends the drafts.</source>
        <translation>استُورد %1 من %2 صفًا كمسودات؛ وتُخطّي %3 صفًا بها مشكلات (انظر أعلاه). سترسل المزامنة التالية المسودات.</translation>
    </message>
    <message>
        <source>Imported %1 practice(s) as drafts; the next sync sends them.</source>
        <translation>استُوردت %1 ممارسة كمسودات؛ وسترسلها المزامنة التالية.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use one of %2.</source>
        <translation>النوع «%1» غير معروف؛ استخدم أحد الأنواع: %2.</translation>
    </message>
    <message>
        <source>Cannot read the local database</source>
        <translation>تتعذّر قراءة قاعدة البيانات المحلية</translation>
    </message>
    <message>
        <source>No record with id %1 in this profile; &quot;list&quot; and &quot;search&quot; show ids, &quot;sync&quot; fetches new records.</source>
        <translation>لا يوجد سجل بالمعرّف %1 في هذا الملف الشخصي؛ يعرض «list» و«search» المعرّفات، ويجلب «sync» السجلات الجديدة.</translation>
    </message>
    <message>
        <source>A %1 has no field %2. Its fields are: %3.</source>
        <translation>لا يحتوي السجل من النوع %1 على الحقل %2. حقوله هي: %3.</translation>
    </message>
    <message>
        <source>Nothing was saved; correct the fields above.</source>
        <translation>لم يُحفظ شيء؛ صحّح الحقول أعلاه.</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>غير مسموح به: %1</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>يتعذّر الحفظ</translation>
    </message>
    <message>
        <source>%1 is a %2; only practices are submitted and withdrawn.</source>
        <translation>%1 من النوع %2؛ لا تُقدَّم وتُسحب إلا الممارسات.</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 في حالة %2 بالفعل.</translation>
    </message>
    <message>
        <source>Cannot move %1 from %2 to %3: %4</source>
        <translation>يتعذّر نقل %1 من %2 إلى %3: %4</translation>
    </message>
    <message>
        <source>Submitted %1; the next sync sends it for review.</source>
        <translation>قُدِّمت %1؛ وسترسلها المزامنة التالية للمراجعة.</translation>
    </message>
    <message>
        <source>Withdrew %1 to draft; the next sync sends the change.</source>
        <translation>أُعيدت %1 إلى مسودة؛ وسترسل المزامنة التالية التغيير.</translation>
    </message>
    <message>
        <source>Only records of pillar P (digital, finance, green).</source>
        <translation>سجلات الركيزة P فقط (digital أو finance أو green).</translation>
    </message>
    <message>
        <source>Only records of country ISO3 (alpha-3 code, e.g. KEN).</source>
        <translation>سجلات البلد ISO3 فقط (رمز ثلاثي الأحرف، مثل KEN).</translation>
    </message>
    <message>
        <source>Only records in status S (draft, submitted, published...).</source>
        <translation>السجلات ذات الحالة S فقط (draft أو submitted أو published...).</translation>
    </message>
    <message>
        <source>Print one JSON document on standard output.</source>
        <translation>اطبع مستند JSON واحدًا على الإخراج القياسي.</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>فشل البحث</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>لا توجد نتائج مطابقة لـ«%1».</translation>
    </message>
    <message>
        <source>id:       %1</source>
        <translation>المعرّف:   %1</translation>
    </message>
    <message>
        <source>kind:     %1</source>
        <translation>النوع:     %1</translation>
    </message>
    <message>
        <source>rev:      %1</source>
        <translation>المراجعة:  %1</translation>
    </message>
    <message>
        <source>state:    %1</source>
        <translation>الحالة:    %1</translation>
    </message>
    <message>
        <source>updated:  %1</source>
        <translation>التحديث:   %1</translation>
    </message>
    <message>
        <source>rejected: %1 (%2)</source>
        <translation>مرفوض:     %1 (%2)</translation>
    </message>
    <message>
        <source>JSON object of fields (&quot;-&quot; reads standard input).</source>
        <translation>كائن JSON للحقول («-» يقرأ الإدخال القياسي).</translation>
    </message>
    <message>
        <source>create needs --file FIELDS.json.</source>
        <translation>يحتاج create إلى ‎--file FIELDS.json.</translation>
    </message>
    <message>
        <source>Set FIELD to VALUE (JSON when it parses, else text); repeatable.</source>
        <translation>عيّن القيمة VALUE للحقل FIELD (‏JSON إذا أمكن تحليلها، وإلا فنص)؛ قابل للتكرار.</translation>
    </message>
    <message>
        <source>JSON object of the fields to replace (&quot;-&quot; reads standard input).</source>
        <translation>كائن JSON للحقول المراد استبدالها («-» يقرأ الإدخال القياسي).</translation>
    </message>
    <message>
        <source>edit needs either --set FIELD=VALUE (repeatable) or --file FIELDS.json.</source>
        <translation>يحتاج edit إلى ‎--set FIELD=VALUE (قابل للتكرار) أو ‎--file FIELDS.json.</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, for example --set start_year=2020; got &quot;%1&quot;.</source>
        <translation>يأخذ ‎--set الصيغة FIELD=VALUE، مثل ‎--set start_year=2020؛ لكن وصل «%1».</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Saved %1; the next sync sends it.</source>
        <translation>حُفظ %1؛ وسترسله المزامنة التالية.</translation>
    </message>
    <message>
        <source>Not signed in. Sign in first: smecommunity-cli --profile %1 login --server URL --username NAME --password-stdin</source>
        <translation>لم تسجّل الدخول. سجّل الدخول أولًا: smecommunity-cli --profile %1 login --server URL --username NAME --password-stdin</translation>
    </message>
    <message>
        <source>The server address of this profile cannot be used</source>
        <translation>لا يمكن استخدام عنوان الخادم لهذا الملف الشخصي</translation>
    </message>
    <message>
        <source>Not signed in: %1 Sign in again with login.</source>
        <translation>لم تسجّل الدخول: %1 سجّل الدخول مجددًا باستخدام login.</translation>
    </message>
    <message>
        <source>Cannot use the trusted CA file of this profile</source>
        <translation>يتعذّر استخدام ملف جهة الإصدار الموثوقة لهذا الملف الشخصي</translation>
    </message>
    <message>
        <source>The server %1 no longer accepts this sign-in (%2). Sign in again with login.</source>
        <translation>لم يعد الخادم %1 يقبل تسجيل الدخول هذا (%2). سجّل الدخول مجددًا باستخدام login.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). If the server uses a private certificate authority, sign in again with --ca-cert FILE.</source>
        <translation>فشل الاتصال الآمن بـ %1 (%2). إذا كان الخادم يستخدم جهة إصدار شهادات خاصة، فسجّل الدخول مجددًا باستخدام ‎--ca-cert FILE.</translation>
    </message>
    <message>
        <source>%2 (%1). Your local edits are kept; run sync again later.</source>
        <translation>%2 (%1). تعديلاتك المحلية محفوظة؛ شغّل sync مجددًا لاحقًا.</translation>
    </message>
    <message>
        <source>The sync with %1 failed: %2</source>
        <translation>فشلت المزامنة مع %1: %2</translation>
    </message>
    <message>
        <source>Server address (https://..., or http:// on this computer only).</source>
        <translation>عنوان الخادم (https://...‎، أو http://‎ على هذا الحاسوب فقط).</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>اسم المستخدم.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>اقرأ كلمة المرور من الإدخال القياسي.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in FILE (PEM).</source>
        <translation>ثق أيضًا بجهات إصدار الشهادات الموجودة في FILE ‏(PEM).</translation>
    </message>
    <message>
        <source>Keep the token in DIR/token (mode 0600) instead of the keychain.</source>
        <translation>احفظ الرمز المميز في DIR/token (الوضع 0600) بدلًا من سلسلة المفاتيح.</translation>
    </message>
    <message>
        <source>login needs --server URL and --username U.</source>
        <translation>يحتاج login إلى ‎--server URL و‎--username U.</translation>
    </message>
    <message>
        <source>login reads the password from standard input only, so that it never shows in the process list: pass --password-stdin, for example printf &apos;%s&apos; &quot;$PASSWORD&quot; | smecommunity-cli login ... --password-stdin</source>
        <translation>يقرأ login كلمة المرور من الإدخال القياسي فقط حتى لا تظهر أبدًا في قائمة العمليات: مرّر ‎--password-stdin، مثل printf &apos;%s&apos; &quot;$PASSWORD&quot; | smecommunity-cli login ... --password-stdin</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate file %1.</source>
        <translation>تتعذّر قراءة ملف شهادة جهة الإصدار %1.</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>لا توجد كلمة مرور في الإدخال القياسي.</translation>
    </message>
    <message>
        <source>The server refused the user name or password for &quot;%1&quot;. Check them and try again.</source>
        <translation>رفض الخادم اسم المستخدم أو كلمة المرور لـ«%1». تحقق منهما وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for &quot;%1&quot;: %2 Wait a little and try again.</source>
        <translation>محاولات تسجيل دخول فاشلة كثيرة جدًا لـ«%1»: %2 انتظر قليلًا وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server accepted the sign-in, but the token cannot be kept in the system keychain: %1
Not signed in. To keep the token in a file only you can read (mode 0600) in the profile instead, sign in again with --token-file.</source>
        <translation>قبل الخادم تسجيل الدخول، لكن لا يمكن حفظ الرمز المميز في سلسلة مفاتيح النظام: %1
لم يُسجَّل الدخول. لحفظ الرمز المميز بدلًا من ذلك في ملف داخل الملف الشخصي لا يقرؤه سواك (الوضع 0600)، سجّل الدخول مجددًا باستخدام ‎--token-file.</translation>
    </message>
    <message>
        <source>Cannot use the server address &quot;%1&quot;</source>
        <translation>يتعذّر استخدام عنوان الخادم «%1»</translation>
    </message>
    <message>
        <source>Cannot sign in at %1: %2</source>
        <translation>يتعذّر تسجيل الدخول إلى %1: %2</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>فشل تسجيل الدخول</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3, %4). The token is kept %5.</source>
        <translation>تم تسجيل الدخول إلى %1 باسم %2 (%3، %4). الرمز المميز محفوظ %5.</translation>
    </message>
    <message>
        <source>in %1 (readable by you only)</source>
        <translation>في %1 (لا يقرؤه سواك)</translation>
    </message>
    <message>
        <source>in the system keychain</source>
        <translation>في سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <source>Not signed in; nothing to do.</source>
        <translation>لم تسجّل الدخول؛ لا شيء للقيام به.</translation>
    </message>
    <message>
        <source>Could not revoke the token on %1 (%2); it is forgotten here and expires on the server by itself.</source>
        <translation>تعذّر إلغاء الرمز المميز على %1 (%2)؛ حُذف هنا وستنتهي صلاحيته على الخادم تلقائيًا.</translation>
    </message>
    <message>
        <source>Cannot save the profile</source>
        <translation>يتعذّر حفظ الملف الشخصي</translation>
    </message>
    <message>
        <source>Signed out, but the token could not be removed from the keychain: %1</source>
        <translation>تم تسجيل الخروج، لكن تعذّرت إزالة الرمز المميز من سلسلة المفاتيح: %1</translation>
    </message>
    <message>
        <source>Signed out of %1. Local records stay in the profile.</source>
        <translation>تم تسجيل الخروج من %1. تبقى السجلات المحلية في الملف الشخصي.</translation>
    </message>
    <message>
        <source>Sending local edits: %1 of %2</source>
        <translation>إرسال التعديلات المحلية: %1 من %2</translation>
    </message>
    <message>
        <source>Receiving changes: %1 of about %2</source>
        <translation>استلام التغييرات: %1 من نحو %2</translation>
    </message>
    <message>
        <source>Receiving changes: %1</source>
        <translation>استلام التغييرات: %1</translation>
    </message>
    <message>
        <source>Synced with %1: %2 received, %3 sent.</source>
        <translation>تمت المزامنة مع %1: استُلم %2، وأُرسل %3.</translation>
    </message>
    <message>
        <source>%1 record(s) changed both here and on the server: see them with &quot;conflicts&quot; and settle each with &quot;resolve ID --take mine|theirs&quot;.</source>
        <translation>%1 سجل عُدِّل هنا وعلى الخادم: اعرضها باستخدام «conflicts» وسوِّ كلًا منها باستخدام «resolve ID --take mine|theirs».</translation>
    </message>
    <message>
        <source>The server rejected %1 edit(s); &quot;status&quot; and &quot;show ID&quot; tell why. Edit the record again to send a corrected version.</source>
        <translation>رفض الخادم %1 تعديل؛ يوضح «status» و«show ID» السبب. عدّل السجل مجددًا لإرسال نسخة مصحّحة.</translation>
    </message>
    <message>
        <source>Server:     %1 (signed in as %2)</source>
        <translation>الخادم:     %1 (تم تسجيل الدخول باسم %2)</translation>
    </message>
    <message>
        <source>Server:     none (not signed in)</source>
        <translation>الخادم:     لا يوجد (لم يُسجَّل الدخول)</translation>
    </message>
    <message>
        <source>Last sync:  %1</source>
        <translation>آخر مزامنة: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>مطلقًا</translation>
    </message>
    <message>
        <source>Pending:    %1</source>
        <translation>معلّقة:     %1</translation>
    </message>
    <message>
        <source>Conflicts:  %1</source>
        <translation>التعارضات:  %1</translation>
    </message>
    <message>
        <source>Rejected:   %1</source>
        <translation>مرفوضة:     %1</translation>
    </message>
    <message>
        <source>  %1: %2 (%3)</source>
        <translation>  %1: %2 (%3)</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>لا توجد تعارضات.</translation>
    </message>
    <message>
        <source>  deleted here, changed on the server</source>
        <translation>  محذوف هنا، ومعدَّل على الخادم</translation>
    </message>
    <message>
        <source>  deleted on the server, changed here</source>
        <translation>  محذوف على الخادم، ومعدَّل هنا</translation>
    </message>
    <message>
        <source>    base:   %1</source>
        <translation>    الأساس:  %1</translation>
    </message>
    <message>
        <source>    mine:   %1</source>
        <translation>    نسختي:   %1</translation>
    </message>
    <message>
        <source>    theirs: %1</source>
        <translation>    الخادم:  %1</translation>
    </message>
    <message>
        <source>mine: your values for the conflicting fields (changes made only on the server are kept); theirs: the server&apos;s version as it is.</source>
        <translation>mine: قيمك للحقول المتعارضة (تُحفظ التغييرات التي أُجريت على الخادم وحده)؛ theirs: نسخة الخادم كما هي.</translation>
    </message>
    <message>
        <source>A field to give a value of your own (repeatable).</source>
        <translation>حقل تعطيه قيمة من عندك (قابل للتكرار).</translation>
    </message>
    <message>
        <source>The value of the matching --field: JSON when it parses, else text. Other fields are resolved as with --take mine.</source>
        <translation>قيمة ‎--field المقابل: ‏JSON إذا أمكن تحليلها، وإلا فنص. تُحل الحقول الأخرى كما في ‎--take mine.</translation>
    </message>
    <message>
        <source>resolve needs either --take mine|theirs or --field F --value V.</source>
        <translation>يحتاج resolve إلى ‎--take mine|theirs أو ‎--field F --value V.</translation>
    </message>
    <message>
        <source>Give one --value for each --field.</source>
        <translation>أعطِ ‎--value واحدة لكل ‎--field.</translation>
    </message>
    <message>
        <source>--take is either mine or theirs, not &quot;%1&quot;.</source>
        <translation>تكون قيمة ‎--take إما mine أو theirs، وليس «%1».</translation>
    </message>
    <message>
        <source>No conflict for %1; &quot;conflicts&quot; lists them.</source>
        <translation>لا يوجد تعارض لـ %1؛ يسردها «conflicts».</translation>
    </message>
    <message>
        <source>Cannot resolve the conflict</source>
        <translation>يتعذّر حل التعارض</translation>
    </message>
    <message>
        <source>Took the server&apos;s version of %1; your edit is dropped.</source>
        <translation>أُخذت نسخة الخادم من %1؛ وأُهمل تعديلك.</translation>
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation>يتعذّر حذف %1</translation>
    </message>
    <message>
        <source>Kept your deletion of %1; it is sent by the next sync.</source>
        <translation>احتُفظ بحذفك لـ %1؛ وسيُرسَل عند المزامنة التالية.</translation>
    </message>
    <message>
        <source>A %1 has no field &quot;%2&quot;.</source>
        <translation>لا يحتوي السجل من النوع %1 على الحقل «%2».</translation>
    </message>
    <message>
        <source>The conflict is not resolved; fix the values above.</source>
        <translation>لم يُحل التعارض؛ صحّح القيم أعلاه.</translation>
    </message>
    <message>
        <source>Kept your version of %1; it is sent by the next sync.</source>
        <translation>احتُفظ بنسختك من %1؛ وستُرسَل عند المزامنة التالية.</translation>
    </message>
    <message>
        <source>Resolved %1 with your values; it is sent by the next sync.</source>
        <translation>حُلّ %1 بقيمك؛ وسيُرسَل عند المزامنة التالية.</translation>
    </message>
    <message>
        <source>Use the profile in DIR (default: the desktop app&apos;s).</source>
        <translation>استخدام الملف الشخصي في المجلد DIR (الافتراضي: ملف تطبيق سطح المكتب).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>عرض هذه المساعدة.</translation>
    </message>
    <message>
        <source>Usage: smecommunity-cli [--profile DIR] %1 %2

</source>
        <translation>الاستخدام: smecommunity-cli [--profile DIR] %1 %2

</translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation>الخيارات:
</translation>
    </message>
    <message>
        <source>Usage: smecommunity-cli [--profile DIR] COMMAND [options]

</source>
        <translation>الاستخدام: smecommunity-cli [--profile DIR] COMMAND [الخيارات]

</translation>
    </message>
    <message>
        <source>Command-line client of the Global SME Ministerial Community Platform. It works on the same profile as the desktop app (replica, settings, sign-in) and offline for everything but login, logout and sync.</source>
        <translation>عميل سطر الأوامر للمنصة الوزارية العالمية للمؤسسات الصغيرة والمتوسطة. يعمل على الملف الشخصي نفسه لتطبيق سطح المكتب (النسخة المحلية والإعدادات وتسجيل الدخول)، ويعمل دون اتصال في كل شيء عدا login وlogout وsync.</translation>
    </message>
    <message>
        <source>
Commands:
</source>
        <translation>
الأوامر:
</translation>
    </message>
    <message>
        <source>
Global options:
  --profile DIR   Use the profile in DIR (default: %1)
  -h, --help      Show this help; &quot;help COMMAND&quot; or &quot;COMMAND --help&quot; for one command.
  --version       Show the version.

</source>
        <translation>
الخيارات العامة:
  --profile DIR   استخدام الملف الشخصي في المجلد DIR (الافتراضي: %1)
  -h, --help      عرض هذه المساعدة؛ &quot;help COMMAND&quot; أو &quot;COMMAND --help&quot; لأمر واحد.
  --version       عرض الإصدار.

</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 2 usage, 3 not found or invalid input, 4 server unreachable or unavailable, 5 not signed in or credentials refused, 6 sync done but conflicts or rejections remain.</source>
        <translation>رموز الخروج: 0 نجاح، 2 استخدام خاطئ، 3 غير موجود أو إدخال غير صالح، 4 تعذّر الوصول إلى الخادم أو أنه غير متاح، 5 لم يتم تسجيل الدخول أو رُفضت بيانات الاعتماد، 6 اكتملت المزامنة لكن بقيت تعارضات أو رفض.</translation>
    </message>
    <message>
        <source>Try &quot;smecommunity-cli %1 --help&quot;.
</source>
        <translation>جرّب &quot;smecommunity-cli %1 --help&quot;.
</translation>
    </message>
    <message>
        <source>Try &quot;smecommunity-cli --help&quot;.
</source>
        <translation>جرّب &quot;smecommunity-cli --help&quot;.
</translation>
    </message>
    <message>
        <source>--profile needs a folder.</source>
        <translation>يحتاج --profile إلى مجلد.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>أمر غير معروف &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; before the command.</source>
        <translation>خيار غير معروف &quot;%1&quot; قبل الأمر.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>لم يُحدَّد أي أمر.</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>يحتاج %1 إلى %2.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>وسيط غير متوقع &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This is free software: you are free to change and redistribute it. There is NO WARRANTY, to the extent permitted by law.</source>
        <translation>هذا برنامج حر: يحق لك تعديله وإعادة توزيعه. لا يوجد أي ضمان، في الحدود التي يسمح بها القانون.</translation>
    </message>
    <message>
        <source>Only commitments or threads of meeting ID.</source>
        <translation>التزامات أو سلاسل نقاش الاجتماع ID فقط.</translation>
    </message>
    <message>
        <source>Say what to count by with --by, e.g. --by pillar.</source>
        <translation>حدّد معيار العدّ باستخدام ‎--by، مثلًا ‎--by pillar.</translation>
    </message>
    <message>
        <source>Cannot count</source>
        <translation>تعذّر العدّ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>%1 record(s) in all; one with several values counts under each.</source>
        <translation>%1 سجل(ات) في المجموع؛ السجل ذو القيم المتعددة يُعدّ تحت كل قيمة منها.</translation>
    </message>
    <message>
        <source>Counts records of one kind (practices, commitments...) by pillar, region, country, status, instrument, target group, evidence level, start year or meeting; the same filters give the same records as &quot;list&quot;.</source>
        <translation>يعدّ سجلات نوع واحد (الممارسات، الالتزامات...) حسب الركيزة أو المنطقة أو البلد أو الحالة أو الأداة أو الفئة المستهدفة أو مستوى الأدلة أو سنة البدء أو الاجتماع؛ المرشحات نفسها تعطي السجلات نفسها التي يعطيها &quot;list&quot;.</translation>
    </message>
    <message>
        <source>A %1 has no status to filter on.</source>
        <translation>لا توجد حالة يمكن التصفية بها للنوع %1.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot; for a %2; use one of %3.</source>
        <translation>حالة غير معروفة &quot;%1&quot; للنوع %2؛ استخدم إحدى القيم: %3.</translation>
    </message>
    <message>
        <source>Sign in first (&quot;login&quot;): joining, declining and leaving are done for your country.</source>
        <translation>سجّل الدخول أولًا (&quot;login&quot;): الانضمام والرفض والانسحاب تتم باسم بلدك.</translation>
    </message>
    <message>
        <source>Only a country&apos;s delegates join, decline or leave initiatives for it; you are signed in as %1.</source>
        <translation>لا ينضم إلى المبادرات أو يرفضها أو ينسحب منها باسم بلد إلا مندوبوه؛ أنت مسجّل الدخول بصفة %1.</translation>
    </message>
    <message>
        <source>%1 is a %2; countries join, decline and leave initiatives.</source>
        <translation>%1 من نوع %2؛ تنضم البلدان إلى المبادرات أو ترفضها أو تنسحب منها.</translation>
    </message>
    <message>
        <source>%1 has already joined %2.</source>
        <translation>انضم %1 بالفعل إلى %2.</translation>
    </message>
    <message>
        <source>%1 is not invited to %2; its lead country or the secretariat invites partners.</source>
        <translation>%1 غير مدعو إلى %2؛ البلد القائد أو الأمانة هو من يدعو الشركاء.</translation>
    </message>
    <message>
        <source>%1 joined %2; the next sync sends it.</source>
        <translation>انضم %1 إلى %2؛ ترسل المزامنة التالية ذلك.</translation>
    </message>
    <message>
        <source>%1 has joined %2; use &quot;leave&quot; to take it out.</source>
        <translation>انضم %1 إلى %2؛ استخدم &quot;leave&quot; للانسحاب.</translation>
    </message>
    <message>
        <source>%1 is not invited to %2.</source>
        <translation>%1 غير مدعو إلى %2.</translation>
    </message>
    <message>
        <source>%1 declined %2; the next sync sends it.</source>
        <translation>رفض %1 ‏%2؛ ترسل المزامنة التالية ذلك.</translation>
    </message>
    <message>
        <source>%1 has not joined %2; use &quot;decline&quot; to refuse the invitation.</source>
        <translation>لم ينضم %1 إلى %2؛ استخدم &quot;decline&quot; لرفض الدعوة.</translation>
    </message>
    <message>
        <source>%1 is not a partner of %2.</source>
        <translation>%1 ليس شريكًا في %2.</translation>
    </message>
    <message>
        <source>%1 left %2; the next sync sends it.</source>
        <translation>انسحب %1 من %2؛ ترسل المزامنة التالية ذلك.</translation>
    </message>
    <message>
        <source>Lists records of one kind (practice, thread, post, meeting, commitment, initiative), newest first, optionally filtered. For initiatives, --country matches the lead and the partner countries.</source>
        <translation>يسرد سجلات نوع واحد (practice وthread وpost وmeeting وcommitment وinitiative)، الأحدث أولًا، مع تصفية اختيارية. في المبادرات، يطابق ‎--country البلد القائد والبلدان الشريكة.</translation>
    </message>
    <message>
        <source>Accepts the invitation of your country to a joint initiative: your country becomes a partner and its delegates can edit the initiative. Sent by the next sync.</source>
        <translation>يقبل دعوة بلدك إلى مبادرة مشتركة: يصبح بلدك شريكًا ويمكن لمندوبيه تعديل المبادرة. يُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Declines the invitation of your country to a joint initiative. Sent by the next sync.</source>
        <translation>يرفض دعوة بلدك إلى مبادرة مشتركة. يُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <source>    hunk %1</source>
        <translation>    المقطع %1</translation>
    </message>
    <message>
        <source>      base:   %1</source>
        <translation>      الأساس:   %1</translation>
    </message>
    <message>
        <source>      mine:   %1</source>
        <translation>      نسختي:   %1</translation>
    </message>
    <message>
        <source>      theirs: %1</source>
        <translation>      الخادم:  %1</translation>
    </message>
    <message>
        <source>With one --field and --take mine|theirs|both: resolves only hunk N of that text field (both: mine, then theirs). The record leaves the conflict state with its last hunk.</source>
        <translation>مع ‎--field‎ واحد و‎--take mine|theirs|both‎: يحل المقطع N فقط من حقل النص هذا (both: نسختك ثم نسخة الخادم). يخرج السجل من حالة التعارض مع حل آخر مقطع.</translation>
    </message>
    <message>
        <source>resolve --hunk needs one --field F, a hunk number N and --take mine|theirs|both.</source>
        <translation>يحتاج resolve --hunk إلى ‎--field F‎ واحد ورقم مقطع N و‎--take mine|theirs|both‎.</translation>
    </message>
    <message>
        <source>%1 has no hunk %2 in field &quot;%3&quot;; &quot;conflicts&quot; lists them.</source>
        <translation>لا يحتوي %1 على المقطع %2 في الحقل &quot;%3&quot;؛ يعرضها الأمر &quot;conflicts&quot;.</translation>
    </message>
    <message>
        <source>Resolved the last hunk of %1; it is sent by the next sync.</source>
        <translation>حُلّ آخر مقطع من %1؛ سيُرسَل في المزامنة التالية.</translation>
    </message>
    <message numerus="yes">
        <source>Resolved hunk %1 of %2; %n left to resolve.</source>
        <translation>
            <numerusform>حُلّ المقطع %1 من %2؛ لم يبقَ شيء.</numerusform>
            <numerusform>حُلّ المقطع %1 من %2؛ بقي عنصر واحد.</numerusform>
            <numerusform>حُلّ المقطع %1 من %2؛ بقي عنصران.</numerusform>
            <numerusform>حُلّ المقطع %1 من %2؛ بقيت %n عناصر.</numerusform>
            <numerusform>حُلّ المقطع %1 من %2؛ بقي %n عنصرًا.</numerusform>
            <numerusform>حُلّ المقطع %1 من %2؛ بقي %n عنصر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolves a conflict: keep your version, take the server&apos;s, or give the value of named fields (JSON when it parses, text otherwise) and keep yours for the rest, or settle one hunk of a text field. Sent by the next sync.</source>
        <translation>يحل تعارضًا: احتفظ بنسختك، أو خذ نسخة الخادم، أو أعطِ قيمة حقول مسماة (JSON إن أمكن تحليلها، وإلا فنص) واحتفظ بنسختك للباقي، أو احسم مقطعًا واحدًا من حقل نصي. يُرسَل في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Takes your country out of a joint initiative it joined. Sent by the next sync.</source>
        <translation>يُخرج بلدك من مبادرة مشتركة انضم إليها. يُرسَل في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Count by B: %1 (practices); %2 (commitments).</source>
        <translation>العدّ حسب B: %1 (الممارسات)؛ %2 (الالتزامات).</translation>
    </message>
    <message>
        <source>The kind to export: practice (default), thread, post, meeting, commitment, initiative.</source>
        <translation>النوع المراد تصديره: practice (الافتراضي)، thread، post، meeting، commitment، initiative.</translation>
    </message>
    <message>
        <source>Exported %1 record(s) of kind %2 to %3.</source>
        <translation>صُدِّر %1 سجل من النوع %2 إلى %3.</translation>
    </message>
    <message>
        <source>The server has no record %1 that you may see.</source>
        <translation>لا يوجد على الخادم سجل %1 يمكنك الاطلاع عليه.</translation>
    </message>
    <message>
        <source>Offline: the server could not be reached (%1); showing the history kept here from an earlier fetch, which may lack the newest revisions.</source>
        <translation>دون اتصال: تعذّر الوصول إلى الخادم (%1)؛ يُعرض السجل المحفوظ هنا من جلب سابق، وقد تنقصه أحدث المراجعات.</translation>
    </message>
    <message>
        <source>Offline: not signed in; showing the history kept here from an earlier fetch, which may lack the newest revisions.</source>
        <translation>دون اتصال: لم تسجّل الدخول؛ يُعرض السجل المحفوظ هنا من جلب سابق، وقد تنقصه أحدث المراجعات.</translation>
    </message>
    <message>
        <source>--%1 needs a revision number (see &quot;history&quot;), not &quot;%2&quot;.</source>
        <translation>يحتاج ‎--%1 إلى رقم مراجعة (انظر &quot;history&quot;)، وليس &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>no field changed</source>
        <translation>لم يتغير أي حقل</translation>
    </message>
    <message>
        <source>first listed: %1</source>
        <translation>أول مراجعة مدرجة: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>تغيّر: %1</translation>
    </message>
    <message>
        <source>No revision of %1 is visible to you.</source>
        <translation>لا توجد مراجعة من %1 يمكنك رؤيتها.</translation>
    </message>
    <message>
        <source>The older revision.</source>
        <translation>المراجعة الأقدم.</translation>
    </message>
    <message>
        <source>The newer revision.</source>
        <translation>المراجعة الأحدث.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>اطبع JSON بدلًا من النص.</translation>
    </message>
    <message>
        <source>diff needs --from REV and --to REV (see &quot;history&quot;).</source>
        <translation>يحتاج diff إلى ‎--from REV و‎--to REV (انظر &quot;history&quot;).</translation>
    </message>
    <message>
        <source>%1 has no revision %2 that you may see; &quot;history %1&quot; lists them.</source>
        <translation>لا توجد للسجل %1 مراجعة %2 يمكنك رؤيتها؛ الأمر &quot;history %1&quot; يسردها.</translation>
    </message>
    <message>
        <source>No field differs between revisions %1 and %2.</source>
        <translation>لا يختلف أي حقل بين المراجعتين %1 و%2.</translation>
    </message>
    <message>
        <source>The revision to restore (see &quot;history&quot;).</source>
        <translation>المراجعة المراد استعادتها (انظر &quot;history&quot;).</translation>
    </message>
    <message>
        <source>restore needs --rev REV, a revision number from &quot;history&quot;.</source>
        <translation>يحتاج restore إلى ‎--rev REV، وهو رقم مراجعة من &quot;history&quot;.</translation>
    </message>
    <message>
        <source>%1 has no revision %2 with content that you may see; &quot;history %1&quot; lists them.</source>
        <translation>لا توجد للسجل %1 مراجعة %2 ذات محتوى يمكنك رؤيته؛ الأمر &quot;history %1&quot; يسردها.</translation>
    </message>
    <message>
        <source>%1 already has the content of revision %2; nothing to restore.</source>
        <translation>يحتوي %1 بالفعل على محتوى المراجعة %2؛ لا شيء للاستعادة.</translation>
    </message>
    <message>
        <source>Restored the content of revision %1 as a local edit of %2 (its status is kept); the next sync sends it.</source>
        <translation>استُعيد محتوى المراجعة %1 كتعديل محلي على %2 (مع الإبقاء على حالته)؛ ستُرسله المزامنة التالية.</translation>
    </message>
    <message>
        <source>Lists the revisions of a record you may see, newest first: rev, who, when, which fields changed. Asks the server and keeps the answer; offline, shows what was kept and says so.</source>
        <translation>يسرد مراجعات سجل يمكنك رؤيته، الأحدث أولًا: رقم المراجعة، ومن أجراها، ومتى، والحقول التي تغيّرت. يسأل الخادم ويحتفظ بالإجابة؛ ودون اتصال يعرض ما حُفظ وينبّه إلى ذلك.</translation>
    </message>
    <message>
        <source>Shows what changed between two revisions of a record, field by field and word by word: [-deleted-] and {+inserted+}.</source>
        <translation>يعرض ما تغيّر بين مراجعتين لسجل، حقلًا حقلًا وكلمةً كلمة: [-محذوف-] و{+مُدرج+}.</translation>
    </message>
    <message>
        <source>Makes the content of an earlier revision the record&apos;s content again, as an ordinary local edit (its status and other workflow fields are kept). Sent by the next sync.</source>
        <translation>يجعل محتوى مراجعة سابقة محتوى السجل من جديد، كتعديل محلي عادي (مع الإبقاء على حالته وحقول سير العمل الأخرى). يُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Exports practices (or the records of another kind, --kind) to CSV, Markdown or PDF.</source>
        <translation>يصدّر الممارسات (أو سجلات نوع آخر، ‎--kind) إلى CSV أو Markdown أو PDF.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client of the Global SME Ministerial Community Platform.</source>
        <translation>تطبيق سطح المكتب للمنصة الوزارية العالمية لمجتمع المؤسسات الصغيرة والمتوسطة.</translation>
    </message>
    <message>
        <source>Use the profile in DIR (replica, settings, sign-in).</source>
        <translation>استخدام الملف الشخصي الموجود في «مجلد» (النسخة المحلية، الإعدادات، تسجيل الدخول).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>Override the user interface language.</source>
        <translation>فرض لغة واجهة المستخدم.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>رمز</translation>
    </message>
    <message>
        <source>Fill an empty profile with demo content and work offline.</source>
        <translation>ملء ملف شخصي فارغ بمحتوى تجريبي والعمل دون اتصال.</translation>
    </message>
    <message>
        <source>Demo secretariat</source>
        <translation>الأمانة (عرض تجريبي)</translation>
    </message>
    <message>
        <source>SME Community</source>
        <translation>مجتمع المؤسسات الصغيرة والمتوسطة</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VIEW</translation>
    </message>
    <message>
        <source>Open the window on VIEW: %1, country:ISO3 (a country&apos;s profile) or compare:ISO3,ISO3[,...] (two to four countries side by side).</source>
        <translation>فتح النافذة على العرض VIEW: ‏%1، أو country:ISO3 (ملف بلد)، أو compare:ISO3,ISO3[,...] (من بلدين إلى أربعة بلدان جنبًا إلى جنب).</translation>
    </message>
</context>
<context>
    <name>smec::cli::Context</name>
    <message>
        <source>Cannot open the local database %1: %2</source>
        <translation>يتعذّر فتح قاعدة البيانات المحلية %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3).</source>
        <translation>%1 ليس JSON صالحًا (عند البايت %2: %3).</translation>
    </message>
    <message>
        <source>%1 must hold one JSON object of fields, like {&quot;title&quot;: &quot;...&quot;}.</source>
        <translation>يجب أن يحتوي %1 على كائن JSON واحد للحقول، مثل {&quot;title&quot;: &quot;...&quot;}.</translation>
    </message>
</context>
<context>
    <name>smec::datagen::DemoData</name>
    <message>
        <source>The demo data set is missing from this build (%1).</source>
        <translation>مجموعة البيانات التجريبية غير موجودة في هذا الإصدار (%1).</translation>
    </message>
    <message>
        <source>The demo data is not a JSON object: %1.</source>
        <translation>البيانات التجريبية ليست كائن JSON: %1.</translation>
    </message>
    <message>
        <source>Expected a list of %1.</source>
        <translation>كان يُتوقَّع قائمة من %1.</translation>
    </message>
    <message>
        <source>Not a canonical record id: &quot;%1&quot;.</source>
        <translation>ليس معرّف سجل قياسيًا: «%1».</translation>
    </message>
    <message>
        <source>Duplicate record id %1.</source>
        <translation>معرّف سجل مكرر: %1.</translation>
    </message>
    <message>
        <source>Expected kind &quot;%1&quot; in the list %2.</source>
        <translation>كان يُتوقَّع النوع «%1» في القائمة %2.</translation>
    </message>
    <message>
        <source>Expected an object of fields.</source>
        <translation>كان يُتوقَّع كائن حقول.</translation>
    </message>
    <message>
        <source>Not a demo user.</source>
        <translation>ليس مستخدمًا تجريبيًا.</translation>
    </message>
    <message>
        <source>The thread is not in the demo data.</source>
        <translation>سلسلة النقاش غير موجودة في البيانات التجريبية.</translation>
    </message>
    <message>
        <source>A reply must follow the post it answers in the demo data.</source>
        <translation>في البيانات التجريبية، يجب أن يأتي الرد بعد المشاركة التي يرد عليها.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::AboutDialog</name>
    <message>
        <source>About SME Community</source>
        <translation>حول مجتمع المؤسسات الصغيرة والمتوسطة</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SME Community %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The desktop client of the Global SME Ministerial Community Platform: document SME policy practices, learn from peers, and follow up ministerial meetings and commitments.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;مجتمع المؤسسات الصغيرة والمتوسطة %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;تطبيق سطح المكتب للمنصة الوزارية العالمية لمجتمع المؤسسات الصغيرة والمتوسطة: وثّق ممارسات السياسات الخاصة بالمؤسسات الصغيرة والمتوسطة، وتعلّم من نظرائك، وتابع الاجتماعات والالتزامات الوزارية.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SME Community is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version (%2). It comes with NO WARRANTY, to the extent permitted by law.</source>
        <translation>مجتمع المؤسسات الصغيرة والمتوسطة برنامج حر: يمكنك إعادة توزيعه و/أو تعديله وفق شروط &lt;a href=&quot;%1&quot;&gt;رخصة جنو العمومية العامة&lt;/a&gt;، الإصدار 3 أو (حسب اختيارك) أي إصدار لاحق (%2). يأتي دون أي ضمان، في الحدود التي يسمح بها القانون.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Third-party components</source>
        <translation>مكوّنات الأطراف الثالثة</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>الاستخدام</translation>
    </message>
    <message>
        <source>LGPL-3.0; Qt HTTP Server and Qt Charts: GPL-3.0</source>
        <translation>LGPL-3.0؛ Qt HTTP Server وQt Charts: GPL-3.0</translation>
    </message>
    <message>
        <source>user interface, networking and databases (desktop, CLI and server)</source>
        <translation>واجهة المستخدم والشبكة وقواعد البيانات (تطبيق سطح المكتب وواجهة سطر الأوامر والخادم)</translation>
    </message>
    <message>
        <source>Markdown highlighting in the editor (desktop, where installed)</source>
        <translation>تلوين Markdown في المحرر (تطبيق سطح المكتب، حيث يكون مثبتًا)</translation>
    </message>
    <message>
        <source>keeping the sign-in in the system keychain (desktop and CLI)</source>
        <translation>حفظ تسجيل الدخول في سلسلة مفاتيح النظام (تطبيق سطح المكتب وواجهة سطر الأوامر)</translation>
    </message>
    <message>
        <source>password hashing (server)</source>
        <translation>تجزئة كلمات المرور (الخادم)</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>ملكية عامة</translation>
    </message>
    <message>
        <source>the local replica, and the server&apos;s database on a single machine</source>
        <translation>النسخة المحلية، وقاعدة بيانات الخادم على جهاز واحد</translation>
    </message>
    <message>
        <source>line diffs for merging text edited on two computers (desktop and CLI)</source>
        <translation>فروق الأسطر لدمج نص عُدّل على حاسوبين (تطبيق سطح المكتب وسطر الأوامر)</translation>
    </message>
</context>
<context>
    <name>smec::desktop::Application</name>
    <message>
        <source>You (offline)</source>
        <translation>أنت (دون اتصال)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>تعذّر فتح %1: %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>ملفات %1 ‏(*.%2)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s) to %1.</source>
        <translation>
            <numerusform>لم يُصدَّر أي سجل إلى %1.</numerusform>
            <numerusform>صُدِّر سجل واحد إلى %1.</numerusform>
            <numerusform>صُدِّر سجلان إلى %1.</numerusform>
            <numerusform>صُدِّرت %Ln سجلات إلى %1.</numerusform>
            <numerusform>صُدِّر %Ln سجلًا إلى %1.</numerusform>
            <numerusform>صُدِّر %Ln سجل إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>حفظ البحث</translation>
    </message>
    <message>
        <source>Name of the search:</source>
        <translation>اسم البحث:</translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>Signed in, but this computer has no keychain to keep the sign-in safely, so it was not kept. Start a keychain (for example GNOME Keyring or KWallet) and sign in again, or work offline.</source>
        <translation>تم تسجيل الدخول، لكن هذا الحاسوب لا يحتوي على سلسلة مفاتيح لحفظه بأمان، فلم يُحفَظ. شغّل سلسلة مفاتيح (مثل GNOME Keyring أو KWallet) وسجّل الدخول مجددًا، أو اعمل دون اتصال.</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) to %1</source>
        <translation>
            <numerusform>لا دعوات إلى %1</numerusform>
            <numerusform>دعوة واحدة إلى %1</numerusform>
            <numerusform>دعوتان إلى %1</numerusform>
            <numerusform>%n دعوات إلى %1</numerusform>
            <numerusform>%n دعوة إلى %1</numerusform>
            <numerusform>%n دعوة إلى %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::Charts</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>تعذّرت كتابة %1.</translation>
    </message>
    <message>
        <source>Save the chart as .png or .pdf.</source>
        <translation>احفظ الرسم البياني بصيغة ‎.png أو ‎.pdf.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>حفظ الرسم البياني</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>صورة PNG (*.png);;مستند PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>smec::desktop::ComparePage</name>
    <message>
        <source>Choose at least two different countries.</source>
        <translation>اختر بلدين مختلفين على الأقل.</translation>
    </message>
    <message>
        <source>Cannot count: %1</source>
        <translation>تعذّر العدّ: %1</translation>
    </message>
    <message>
        <source>Practices per pillar</source>
        <translation>الممارسات حسب الركيزة</translation>
    </message>
    <message>
        <source>Instruments used</source>
        <translation>الأدوات المستخدمة</translation>
    </message>
    <message>
        <source>Target groups reached</source>
        <translation>الفئات المستهدفة التي تم الوصول إليها</translation>
    </message>
    <message>
        <source>Evidence levels</source>
        <translation>مستويات الأدلة</translation>
    </message>
    <message>
        <source>Practices by status</source>
        <translation>الممارسات حسب الحالة</translation>
    </message>
    <message>
        <source>Commitment statuses</source>
        <translation>حالات الالتزامات</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>الممارسات</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message numerus="yes">
        <source>%n countries compared; a practice with several pillars or target groups counts under each.</source>
        <translation>
            <numerusform>لا بلدان للمقارنة؛ تُعدّ الممارسة ذات الركائز أو الفئات المتعددة تحت كل منها.</numerusform>
            <numerusform>بلد واحد للمقارنة؛ تُعدّ الممارسة ذات الركائز أو الفئات المتعددة تحت كل منها.</numerusform>
            <numerusform>بلدان اثنان للمقارنة؛ تُعدّ الممارسة ذات الركائز أو الفئات المتعددة تحت كل منها.</numerusform>
            <numerusform>%n بلدان للمقارنة؛ تُعدّ الممارسة ذات الركائز أو الفئات المتعددة تحت كل منها.</numerusform>
            <numerusform>%n بلدًا للمقارنة؛ تُعدّ الممارسة ذات الركائز أو الفئات المتعددة تحت كل منها.</numerusform>
            <numerusform>%n بلد للمقارنة؛ تُعدّ الممارسة ذات الركائز أو الفئات المتعددة تحت كل منها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Country &amp;%1</source>
        <translation>البلد &amp;%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>&amp;نسخ بصيغة CSV</translation>
    </message>
    <message>
        <source>Copy the table to the clipboard as comma-separated values</source>
        <translation>نسخ الجدول إلى الحافظة كقيم مفصولة بفواصل</translation>
    </message>
    <message>
        <source>&amp;Save chart...</source>
        <translation>&amp;حفظ الرسم البياني...</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or a PDF document</source>
        <translation>حفظ الرسم البياني كصورة PNG أو مستند PDF</translation>
    </message>
    <message>
        <source>Countries compared</source>
        <translation>البلدان المقارنة</translation>
    </message>
</context>
<context>
    <name>smec::desktop::ConflictDialog</name>
    <message>
        <source>Resolve a conflict</source>
        <translation>حل تعارض</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted on the server while you were editing it. Keep your version to create it again, or accept the deletion.</source>
        <translation>حُذف «%1» على الخادم بينما كنت تعدّله. احتفظ بنسختك لإعادة إنشائه، أو اقبل الحذف.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed on the server and on this computer. For each field, keep yours, take the server&apos;s (double-click it), or edit the result.</source>
        <translation>عُدِّل «%1» على الخادم وعلى هذا الحاسوب. لكل حقل، احتفظ بقيمتك أو خذ قيمة الخادم (انقر عليها مرتين) أو عدّل النتيجة.</translation>
    </message>
    <message>
        <source>Conflicting fields</source>
        <translation>الحقول المتعارضة</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>نسختي</translation>
    </message>
    <message>
        <source>Theirs (server)</source>
        <translation>نسخة الخادم</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Double-click to keep yours</source>
        <translation>انقر مرتين للاحتفاظ بقيمتك</translation>
    </message>
    <message>
        <source>Double-click to take the server&apos;s</source>
        <translation>انقر مرتين لأخذ قيمة الخادم</translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation>احتفظ بنسختي</translation>
    </message>
    <message>
        <source>&amp;Resolve with the result</source>
        <translation>حل باستخدام النتيجة</translation>
    </message>
    <message>
        <source>&amp;Accept the deletion</source>
        <translation>اقبل الحذف</translation>
    </message>
    <message>
        <source>Take the &amp;server&apos;s version</source>
        <translation>خذ نسخة الخادم</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Could not resolve: %1</source>
        <translation>تعذّر الحل: %1</translation>
    </message>
    <message>
        <source>changed here and on the server</source>
        <translation>تغيّر هنا وعلى الخادم</translation>
    </message>
    <message>
        <source>changed on the server</source>
        <translation>تغيّر على الخادم</translation>
    </message>
    <message>
        <source>changed here</source>
        <translation>تغيّر هنا</translation>
    </message>
    <message>
        <source>Text changed in the same place on both sides: decide each place. Until you do, it keeps your text.</source>
        <translation>تغيّر النص في الموضع نفسه على الجانبين: قرّر لكل موضع. إلى أن تفعل، يُحتفَظ بنصك.</translation>
    </message>
    <message>
        <source>Conflicting places in text fields</source>
        <translation>المواضع المتعارضة في الحقول النصية</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>%1, place %2</source>
        <translation>%1، الموضع %2</translation>
    </message>
    <message>
        <source>(not decided: yours for now)</source>
        <translation>(لم يُحسم: نسختك حاليًا)</translation>
    </message>
    <message>
        <source>Take &amp;mine</source>
        <translation>خذ نسختي</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>خذ نسخة الخادم</translation>
    </message>
    <message>
        <source>Take &amp;both</source>
        <translation>خذ الاثنين</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>Merged text, conflicting places marked</source>
        <translation>النص المدمج مع تمييز المواضع المتعارضة</translation>
    </message>
    <message>
        <source>[place %1, not decided: mine]</source>
        <translation>[الموضع %1، لم يُحسم: نسختي]</translation>
    </message>
    <message>
        <source>[place %1, theirs]</source>
        <translation>[الموضع %1، نسخة الخادم]</translation>
    </message>
    <message>
        <source>[end of place %1]</source>
        <translation>[نهاية الموضع %1]</translation>
    </message>
</context>
<context>
    <name>smec::desktop::ConflictsPage</name>
    <message>
        <source>&amp;Resolve…</source>
        <translation>حل…</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Resolve the selected conflict</source>
        <translation>حل التعارض المحدد</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>%1 (deleted on the server)</source>
        <translation>%1 (محذوف على الخادم)</translation>
    </message>
    <message>
        <source>No conflicts. Edits made here and on the server fitted together.</source>
        <translation>لا توجد تعارضات. التعديلات التي أُجريت هنا وعلى الخادم متوافقة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) changed here and on the server need your decision.</source>
        <translation>
            <numerusform>لا توجد سجلات عُدِّلت هنا وعلى الخادم.</numerusform>
            <numerusform>سجل واحد عُدِّل هنا وعلى الخادم ويحتاج إلى قرارك.</numerusform>
            <numerusform>سجلان عُدِّلا هنا وعلى الخادم ويحتاجان إلى قرارك.</numerusform>
            <numerusform>%Ln سجلات عُدِّلت هنا وعلى الخادم وتحتاج إلى قرارك.</numerusform>
            <numerusform>%Ln سجلًا عُدِّل هنا وعلى الخادم ويحتاج إلى قرارك.</numerusform>
            <numerusform>%Ln سجل عُدِّل هنا وعلى الخادم ويحتاج إلى قرارك.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::CountriesPage</name>
    <message>
        <source>Country profile</source>
        <translation>ملف البلد</translation>
    </message>
    <message>
        <source>Compare countries</source>
        <translation>مقارنة البلدان</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
</context>
<context>
    <name>smec::desktop::CountryProfilePage</name>
    <message>
        <source>Cannot read the country: %1</source>
        <translation>تعذّرت قراءة البلد: %1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>الممارسات</translation>
    </message>
    <message>
        <source>%1 &amp;mdash; by status: %2; by pillar: %3</source>
        <translation>%1 &amp;mdash; حسب الحالة: %2؛ حسب الركيزة: %3</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <source>%1 &amp;mdash; %2</source>
        <translation>%1 &amp;mdash; %2</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>%1 hosted, %2 attended</source>
        <translation>استضاف %1، وشارك في %2</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>الحوار</translation>
    </message>
    <message numerus="yes">
        <source>%Ln thread(s) started by its delegates</source>
        <translation>
            <numerusform>لم يبدأ مندوبوه أي موضوع</numerusform>
            <numerusform>موضوع واحد بدأه مندوبوه</numerusform>
            <numerusform>موضوعان بدأهما مندوبوه</numerusform>
            <numerusform>%Ln مواضيع بدأها مندوبوه</numerusform>
            <numerusform>%Ln موضوعًا بدأها مندوبوه</numerusform>
            <numerusform>%Ln موضوع بدأها مندوبوه</numerusform>
        </translation>
    </message>
    <message>
        <source>Joint initiatives</source>
        <translation>المبادرات المشتركة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln led or joined</source>
        <translation>
            <numerusform>لا مبادرات يقودها أو انضم إليها</numerusform>
            <numerusform>مبادرة واحدة يقودها أو انضم إليها</numerusform>
            <numerusform>مبادرتان يقودهما أو انضم إليهما</numerusform>
            <numerusform>%Ln مبادرات يقودها أو انضم إليها</numerusform>
            <numerusform>%Ln مبادرة يقودها أو انضم إليها</numerusform>
            <numerusform>%Ln مبادرة يقودها أو انضم إليها</numerusform>
        </translation>
    </message>
    <message>
        <source>Host</source>
        <translation>مضيف</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>قائد</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>شريك</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>ال&amp;بلد</translation>
    </message>
    <message>
        <source>Practices (%1)</source>
        <translation>الممارسات (%1)</translation>
    </message>
    <message>
        <source>Commitments (%1)</source>
        <translation>الالتزامات (%1)</translation>
    </message>
    <message>
        <source>Meetings (%1)</source>
        <translation>الاجتماعات (%1)</translation>
    </message>
    <message>
        <source>Recent dialogue (%1)</source>
        <translation>الحوار الأخير (%1)</translation>
    </message>
    <message>
        <source>Joint initiatives (%1)</source>
        <translation>المبادرات المشتركة (%1)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>سنة البدء</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>سلسلة النقاش</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>آخر نشاط</translation>
    </message>
    <message>
        <source>Practices of the country</source>
        <translation>ممارسات البلد</translation>
    </message>
    <message>
        <source>Commitments of the country</source>
        <translation>التزامات البلد</translation>
    </message>
    <message>
        <source>Meetings hosted or attended</source>
        <translation>الاجتماعات التي استضافها أو شارك فيها</translation>
    </message>
    <message>
        <source>Threads started by the country&apos;s delegates</source>
        <translation>المواضيع التي بدأها مندوبو البلد</translation>
    </message>
    <message>
        <source>Joint initiatives led or joined</source>
        <translation>المبادرات المشتركة التي يقودها أو انضم إليها</translation>
    </message>
    <message>
        <source>What the country does</source>
        <translation>ما يقوم به البلد</translation>
    </message>
</context>
<context>
    <name>smec::desktop::DialoguePage</name>
    <message>
        <source>&amp;Post reply</source>
        <translation>انشر الرد</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>اقتبس</translation>
    </message>
    <message>
        <source>&amp;Hide post…</source>
        <translation>إخفاء المشاركة…</translation>
    </message>
    <message>
        <source>New &amp;thread…</source>
        <translation>سلسلة نقاش جديدة…</translation>
    </message>
    <message>
        <source>Posts of the thread</source>
        <translation>مشاركات سلسلة النقاش</translation>
    </message>
    <message>
        <source>Your reply, Markdown</source>
        <translation>ردّك، بصيغة Markdown</translation>
    </message>
    <message>
        <source>Write a reply (Markdown). It is sent at the next sync.</source>
        <translation>اكتب ردًا (Markdown). سيُرسَل عند المزامنة التالية.</translation>
    </message>
    <message>
        <source>Quote the selected post</source>
        <translation>اقتبس المشاركة المحددة</translation>
    </message>
    <message>
        <source>Hide the selected post</source>
        <translation>أخفِ المشاركة المحددة</translation>
    </message>
    <message>
        <source>Start a new thread</source>
        <translation>ابدأ سلسلة نقاش جديدة</translation>
    </message>
    <message>
        <source>Hide post</source>
        <translation>إخفاء المشاركة</translation>
    </message>
    <message>
        <source>Why is this post hidden? The author sees the reason.</source>
        <translation>لماذا أُخفيت هذه المشاركة؟ سيرى كاتبها السبب.</translation>
    </message>
    <message>
        <source>New thread</source>
        <translation>سلسلة نقاش جديدة</translation>
    </message>
    <message>
        <source>What do you want to discuss?</source>
        <translation>ما الموضوع الذي تريد مناقشته؟</translation>
    </message>
    <message>
        <source>Choose a thread first.</source>
        <translation>اختر سلسلة نقاش أولًا.</translation>
    </message>
    <message>
        <source>Post reply</source>
        <translation>نشر الرد</translation>
    </message>
</context>
<context>
    <name>smec::desktop::EditorDialog</name>
    <message>
        <source>Save status</source>
        <translation>حالة الحفظ</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>جارٍ التعديل…</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>تعذّر الحفظ: %1</translation>
    </message>
    <message>
        <source>Saved on this computer at %1.</source>
        <translation>حُفظ على هذا الحاسوب في %1.</translation>
    </message>
    <message>
        <source>Changes are saved automatically on this computer and sent at the next sync.</source>
        <translation>تُحفَظ التغييرات تلقائيًا على هذا الحاسوب وتُرسَل عند المزامنة التالية.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>ال&amp;سجل…</translation>
    </message>
    <message>
        <source>Every saved version of this record, what changed and who changed it; restore an earlier one.</source>
        <translation>كل نسخة محفوظة من هذا السجل، وما تغيّر ومن غيّره؛ واستعادة نسخة سابقة.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::HistoryDialog</name>
    <message>
        <source>&amp;Restore this version</source>
        <translation>ا&amp;ستعادة هذه النسخة</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>ت&amp;حديث</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>المراجعات</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>الحقول المتغيرة</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>الفروق</translation>
    </message>
    <message>
        <source>Select a revision to see what it changed, or two to compare them.</source>
        <translation>اختر مراجعة لترى ما غيّرته، أو اثنتين للمقارنة بينهما.</translation>
    </message>
    <message>
        <source>Fetching the history…</source>
        <translation>جارٍ جلب السجل…</translation>
    </message>
    <message>
        <source>No history of this record is kept on this computer, and the server cannot be reached. Try again when online.</source>
        <translation>لا يوجد سجل محفوظ لهذا السجل على هذا الحاسوب، وتعذّر الوصول إلى الخادم. حاول مجددًا عند الاتصال.</translation>
    </message>
    <message>
        <source>The history cannot be shown: %1</source>
        <translation>تعذّر عرض السجل: %1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Offline: this is the history kept on this computer from an earlier visit; newer revisions may be missing.</source>
        <translation>دون اتصال: هذا هو السجل المحفوظ على هذا الحاسوب من زيارة سابقة؛ قد تنقصه مراجعات أحدث.</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s) you may see, newest first. Select two to compare.</source>
        <translation>
            <numerusform>لا توجد مراجعات يمكنك رؤيتها.</numerusform>
            <numerusform>مراجعة واحدة يمكنك رؤيتها.</numerusform>
            <numerusform>مراجعتان يمكنك رؤيتهما، الأحدث أولًا. اختر اثنتين للمقارنة.</numerusform>
            <numerusform>%n مراجعات يمكنك رؤيتها، الأحدث أولًا. اختر اثنتين للمقارنة.</numerusform>
            <numerusform>%n مراجعة يمكنك رؤيتها، الأحدث أولًا. اختر اثنتين للمقارنة.</numerusform>
            <numerusform>%n مراجعة يمكنك رؤيتها، الأحدث أولًا. اختر اثنتين للمقارنة.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the country changed since changes were requested (revision %1 to %2).</source>
        <translation>ما غيّره البلد منذ طلب التعديلات (من المراجعة %1 إلى %2).</translation>
    </message>
    <message>
        <source>No request for changes is in this practice&apos;s history.</source>
        <translation>لا يتضمن سجل هذه الممارسة أي طلب للتعديلات.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Select one revision, or two to compare.</source>
        <translation>اختر مراجعة واحدة، أو اثنتين للمقارنة.</translation>
    </message>
    <message>
        <source>Revision %1 compared with revision %2</source>
        <translation>المراجعة %1 مقارنةً بالمراجعة %2</translation>
    </message>
    <message>
        <source>Revision %1, the oldest you may see</source>
        <translation>المراجعة %1، أقدم ما يمكنك رؤيته</translation>
    </message>
    <message>
        <source>No field differs.</source>
        <translation>لا يختلف أي حقل.</translation>
    </message>
    <message>
        <source>This record is not on this computer; sync first.</source>
        <translation>هذا السجل غير موجود على هذا الحاسوب؛ زامن أولًا.</translation>
    </message>
    <message>
        <source>The record already has the content of revision %1.</source>
        <translation>يحتوي السجل بالفعل على محتوى المراجعة %1.</translation>
    </message>
    <message>
        <source>Cannot restore: %1</source>
        <translation>تعذّرت الاستعادة: %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>تعذّر الحفظ: %1</translation>
    </message>
    <message>
        <source>The content of revision %1 is now the record&apos;s content, saved on this computer; the next sync sends it.</source>
        <translation>أصبح محتوى المراجعة %1 هو محتوى السجل، محفوظًا على هذا الحاسوب؛ سترسله المزامنة التالية.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::InitiativeActionBar</name>
    <message>
        <source>&amp;Join</source>
        <translation>ا&amp;نضمام</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>ا&amp;نسحاب</translation>
    </message>
    <message>
        <source>Join this initiative</source>
        <translation>الانضمام إلى هذه المبادرة</translation>
    </message>
    <message>
        <source>Decline the invitation</source>
        <translation>رفض الدعوة</translation>
    </message>
    <message>
        <source>Leave this initiative</source>
        <translation>الانسحاب من هذه المبادرة</translation>
    </message>
    <message>
        <source>%1 leads this initiative.</source>
        <translation>%1 يقود هذه المبادرة.</translation>
    </message>
    <message>
        <source>%1 is a partner of this initiative.</source>
        <translation>%1 شريك في هذه المبادرة.</translation>
    </message>
    <message>
        <source>%1 is not part of this initiative.</source>
        <translation>%1 لا يشارك في هذه المبادرة.</translation>
    </message>
    <message>
        <source>Invitation to %1</source>
        <translation>دعوة إلى %1</translation>
    </message>
    <message>
        <source>%1 is invited to join this initiative. Join to take part in it, or decline the invitation.</source>
        <translation>%1 مدعوة للانضمام إلى هذه المبادرة. انضم للمشاركة فيها، أو ارفض الدعوة.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::MainWindow</name>
    <message>
        <source>SME Community</source>
        <translation>مجتمع المؤسسات الصغيرة والمتوسطة</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>عمليات البحث المحفوظة</translation>
    </message>
    <message>
        <source>Nothing here yet. Sign in to a server or work offline to see %1.</source>
        <translation>لا شيء هنا بعد. سجّل الدخول إلى خادم أو اعمل دون اتصال لعرض %1.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;New practice…</source>
        <translation>ممارسة جديدة…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>As &amp;PDF…</source>
        <translation>بصيغة PDF…</translation>
    </message>
    <message>
        <source>As &amp;Markdown…</source>
        <translation>بصيغة Markdown…</translation>
    </message>
    <message>
        <source>As &amp;CSV…</source>
        <translation>بصيغة CSV…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>زامن الآن</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>تسجيل الدخول…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>بحث…</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation>حل التعارضات…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>&amp;About SME Community</source>
        <translation>حول مجتمع المؤسسات الصغيرة والمتوسطة</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>بحث سريع</translation>
    </message>
    <message>
        <source>Search practices, discussions and initiatives (Ctrl+F)</source>
        <translation>البحث في الممارسات والنقاشات والمبادرات (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>smec::desktop::MarkdownEditor</name>
    <message>
        <source>Preview of %1</source>
        <translation>معاينة %1</translation>
    </message>
</context>
<context>
    <name>smec::desktop::OfflineSyncService</name>
    <message>
        <source>Working offline. Your changes are kept and will be sent once you sign in to a server (File &gt; Sign in).</source>
        <translation>العمل دون اتصال. تُحفَظ تغييراتك وستُرسَل بمجرد تسجيل دخولك إلى خادم (ملف &gt; تسجيل الدخول).</translation>
    </message>
</context>
<context>
    <name>smec::desktop::OutboxPage</name>
    <message>
        <source>Changes to send</source>
        <translation>التغييرات المطلوب إرسالها</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>%1 — refused by the server: %2</source>
        <translation>%1 — رفضه الخادم: %2</translation>
    </message>
    <message>
        <source>%1 — deletion waiting to be sent (%2)</source>
        <translation>%1 — حذف بانتظار الإرسال (%2)</translation>
    </message>
    <message>
        <source>%1 — waiting to be sent (%2)</source>
        <translation>%1 — بانتظار الإرسال (%2)</translation>
    </message>
    <message>
        <source>Everything you changed has been sent.</source>
        <translation>أُرسلت جميع التغييرات التي أجريتها.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) made on this computer, oldest first.</source>
        <translation>
            <numerusform>لا توجد تغييرات أُجريت على هذا الحاسوب.</numerusform>
            <numerusform>تغيير واحد أُجري على هذا الحاسوب.</numerusform>
            <numerusform>تغييران أُجريا على هذا الحاسوب، الأقدم أولًا.</numerusform>
            <numerusform>%Ln تغييرات أُجريت على هذا الحاسوب، الأقدم أولًا.</numerusform>
            <numerusform>%Ln تغييرًا أُجري على هذا الحاسوب، الأقدم أولًا.</numerusform>
            <numerusform>%Ln تغيير أُجري على هذا الحاسوب، الأقدم أولًا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::PracticeActionBar</name>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the draft now</source>
        <translation>احفظ المسودة الآن</translation>
    </message>
    <message>
        <source>Drafts are also saved automatically as you type.</source>
        <translation>تُحفَظ المسودات تلقائيًا أيضًا أثناء الكتابة.</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>تقديم</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>Start &amp;review</source>
        <translation>بدء المراجعة</translation>
    </message>
    <message>
        <source>Request &amp;changes…</source>
        <translation>طلب تعديلات…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>نشر</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>Changes since &amp;request</source>
        <translation>التعديلات منذ ال&amp;طلب</translation>
    </message>
    <message>
        <source>Compare the practice as it was when changes were requested with the practice now.</source>
        <translation>قارن الممارسة كما كانت عند طلب التعديلات بالممارسة الآن.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::PracticeEditorDialog</name>
    <message>
        <source>Policy or programme, Markdown</source>
        <translation>السياسة أو البرنامج، بصيغة Markdown</translation>
    </message>
    <message>
        <source>Results and evidence, Markdown</source>
        <translation>النتائج والأدلة، بصيغة Markdown</translation>
    </message>
    <message>
        <source>Lessons learned, Markdown</source>
        <translation>الدروس المستفادة، بصيغة Markdown</translation>
    </message>
    <message>
        <source>Markdown sections</source>
        <translation>أقسام Markdown</translation>
    </message>
    <message>
        <source>Policy or &amp;programme</source>
        <translation>السياسة أو البرنامج</translation>
    </message>
    <message>
        <source>Res&amp;ults and evidence</source>
        <translation>النتائج والأدلة</translation>
    </message>
    <message>
        <source>&amp;Lessons learned</source>
        <translation>الدروس المستفادة</translation>
    </message>
    <message>
        <source>This practice is no longer in your copy.</source>
        <translation>لم تعد هذه الممارسة موجودة في نسختك.</translation>
    </message>
    <message>
        <source>New practice</source>
        <translation>ممارسة جديدة</translation>
    </message>
    <message>
        <source>%1 – Practice</source>
        <translation>%1 – ممارسة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>title (status)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>تعذّر الحفظ: %1</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>طلب تعديلات</translation>
    </message>
    <message>
        <source>Tell the country what to change before this practice can be published:</source>
        <translation>أخبر البلد بما يجب تعديله قبل نشر هذه الممارسة:</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention before this step.</source>
        <translation>
            <numerusform>لا توجد حقول تحتاج إلى مراجعة قبل هذه الخطوة.</numerusform>
            <numerusform>حقل واحد يحتاج إلى مراجعة قبل هذه الخطوة.</numerusform>
            <numerusform>حقلان يحتاجان إلى مراجعة قبل هذه الخطوة.</numerusform>
            <numerusform>%n حقول تحتاج إلى مراجعة قبل هذه الخطوة.</numerusform>
            <numerusform>%n حقلًا يحتاج إلى مراجعة قبل هذه الخطوة.</numerusform>
            <numerusform>%n حقل يحتاج إلى مراجعة قبل هذه الخطوة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now %1. The change is sent at the next sync.</source>
        <translation>الحالة الآن: %1. سيُرسَل التغيير عند المزامنة التالية.</translation>
    </message>
    <message>
        <source>Practice details</source>
        <translation>تفاصيل الممارسة</translation>
    </message>
</context>
<context>
    <name>smec::desktop::PracticeFormWidget</name>
    <message>
        <source>(not set)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <source>A short name a peer would search for</source>
        <translation>اسم قصير قد يبحث عنه النظراء</translation>
    </message>
    <message>
        <source>Two or three sentences: what, for whom, with what result</source>
        <translation>جملتان أو ثلاث: ماذا، ولمن، وبأي نتيجة</translation>
    </message>
    <message>
        <source>Pillar %1</source>
        <translation>الركيزة %1</translation>
    </message>
    <message>
        <source>Target group %1</source>
        <translation>الفئة المستهدفة %1</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from year to year</comment>
        <translation>إلى</translation>
    </message>
    <message>
        <source>One per line: title | https://address</source>
        <translation>واحد في كل سطر: العنوان | https://العنوان-الإلكتروني</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>مفصولة بفواصل</translation>
    </message>
    <message>
        <source>e.g. en, fr, es, ar</source>
        <translation>مثل en، fr، es، ar</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>السنوات</translation>
    </message>
    <message>
        <source>%1 | %2</source>
        <comment>source title | url</comment>
        <translation>%1 | %2</translation>
    </message>
</context>
<context>
    <name>smec::desktop::RecordBrowserPage</name>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>لا ممارسات</numerusform>
            <numerusform>ممارسة واحدة</numerusform>
            <numerusform>ممارستان</numerusform>
            <numerusform>%Ln ممارسات</numerusform>
            <numerusform>%Ln ممارسة</numerusform>
            <numerusform>%Ln ممارسة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln thread(s)</source>
        <translation>
            <numerusform>لا سلاسل نقاش</numerusform>
            <numerusform>سلسلة نقاش واحدة</numerusform>
            <numerusform>سلسلتا نقاش</numerusform>
            <numerusform>%Ln سلاسل نقاش</numerusform>
            <numerusform>%Ln سلسلة نقاش</numerusform>
            <numerusform>%Ln سلسلة نقاش</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s)</source>
        <translation>
            <numerusform>لا مشاركات</numerusform>
            <numerusform>مشاركة واحدة</numerusform>
            <numerusform>مشاركتان</numerusform>
            <numerusform>%Ln مشاركات</numerusform>
            <numerusform>%Ln مشاركة</numerusform>
            <numerusform>%Ln مشاركة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>لا اجتماعات</numerusform>
            <numerusform>اجتماع واحد</numerusform>
            <numerusform>اجتماعان</numerusform>
            <numerusform>%Ln اجتماعات</numerusform>
            <numerusform>%Ln اجتماعًا</numerusform>
            <numerusform>%Ln اجتماع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>لا التزامات</numerusform>
            <numerusform>التزام واحد</numerusform>
            <numerusform>التزامان</numerusform>
            <numerusform>%Ln التزامات</numerusform>
            <numerusform>%Ln التزامًا</numerusform>
            <numerusform>%Ln التزام</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>&amp;New practice</source>
        <translation>ممارسة جديدة</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>عوامل التصفية</translation>
    </message>
    <message>
        <source>List</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Number of records</source>
        <translation>عدد السجلات</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>عدّل السجل المحدد</translation>
    </message>
    <message>
        <source>Create a new record</source>
        <translation>أنشئ سجلًا جديدًا</translation>
    </message>
    <message>
        <source>Select an item in the list to read it here.</source>
        <translation>اختر عنصرًا من القائمة لقراءته هنا.</translation>
    </message>
    <message>
        <source>This record is no longer available.</source>
        <translation>لم يعد هذا السجل متاحًا.</translation>
    </message>
    <message>
        <source>Open the editor (Enter)</source>
        <translation>افتح المحرر (Enter)</translation>
    </message>
    <message>
        <source>The server refused your last change: %1 Edit the record to fix it; the next save sends it again.</source>
        <translation>رفض الخادم تغييرك الأخير: %1 عدّل السجل لإصلاحه؛ وسيُعاد إرساله عند الحفظ التالي.</translation>
    </message>
    <message>
        <source>This record was changed on the server too. Open Conflicts to decide which version to keep.</source>
        <translation>عُدِّل هذا السجل على الخادم أيضًا. افتح «التعارضات» لتقرر أي نسخة تحتفظ بها.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln initiative(s)</source>
        <translation>
            <numerusform>لا مبادرات</numerusform>
            <numerusform>مبادرة واحدة</numerusform>
            <numerusform>مبادرتان</numerusform>
            <numerusform>%Ln مبادرات</numerusform>
            <numerusform>%Ln مبادرة</numerusform>
            <numerusform>%Ln مبادرة</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the profile of %1</source>
        <translation>فتح ملف %1</translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation>ملف %1</translation>
    </message>
    <message>
        <source>&amp;Invitations to my country</source>
        <translation>ال&amp;دعوات الموجهة إلى بلدي</translation>
    </message>
    <message>
        <source>Invitations to my country</source>
        <translation>الدعوات الموجهة إلى بلدي</translation>
    </message>
    <message>
        <source>Only the initiatives that invite %1 to join and that it has not answered yet.</source>
        <translation>المبادرات التي تدعو %1 إلى الانضمام ولم تردّ عليها بعد فقط.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::RecordEditorDialog</name>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>%1, Markdown</source>
        <translation>%1، بصيغة Markdown</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Separate values with commas</source>
        <translation>افصل القيم بفواصل</translation>
    </message>
    <message>
        <source>This record is no longer in your copy.</source>
        <translation>لم يعد هذا السجل موجودًا في نسختك.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>%1 جديد</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>title – kind</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Save on this computer now (also automatic)</source>
        <translation>احفظ الآن على هذا الحاسوب (يتم ذلك تلقائيًا أيضًا)</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>مبادرة</translation>
    </message>
    <message>
        <source>Country codes separated by commas (RWA, UGA); new ones are invited</source>
        <translation>رموز البلدان مفصولة بفواصل (RWA, UGA)؛ تُدعى البلدان الجديدة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>مرحلة</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation>الموعد (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>إضافة مرحلة</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>حذف المرحلة</translation>
    </message>
</context>
<context>
    <name>smec::desktop::SearchPage</name>
    <message>
        <source>&amp;Save this search…</source>
        <translation>حفظ هذا البحث…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>ملخص البحث</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>احفظ هذا البحث</translation>
    </message>
    <message>
        <source>Selected result</source>
        <translation>النتيجة المحددة</translation>
    </message>
    <message>
        <source>Search is not available: %1</source>
        <translation>البحث غير متاح: %1</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>لا توجد نتائج مطابقة لـ«%1».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s), best first</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان، الأفضل أولًا</numerusform>
            <numerusform>%Ln نتائج، الأفضل أولًا</numerusform>
            <numerusform>%Ln نتيجة، الأفضل أولًا</numerusform>
            <numerusform>%Ln نتيجة، الأفضل أولًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 The search index is still being built (%Ln record(s) to go): results may be incomplete.</source>
        <translation>
            <numerusform>%1 لا يزال فهرس البحث قيد الإنشاء (لم يبقَ أي سجل): قد تكون النتائج غير مكتملة.</numerusform>
            <numerusform>%1 لا يزال فهرس البحث قيد الإنشاء (بقي سجل واحد): قد تكون النتائج غير مكتملة.</numerusform>
            <numerusform>%1 لا يزال فهرس البحث قيد الإنشاء (بقي سجلان): قد تكون النتائج غير مكتملة.</numerusform>
            <numerusform>%1 لا يزال فهرس البحث قيد الإنشاء (بقيت %Ln سجلات): قد تكون النتائج غير مكتملة.</numerusform>
            <numerusform>%1 لا يزال فهرس البحث قيد الإنشاء (بقي %Ln سجلًا): قد تكون النتائج غير مكتملة.</numerusform>
            <numerusform>%1 لا يزال فهرس البحث قيد الإنشاء (بقي %Ln سجل): قد تكون النتائج غير مكتملة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type to search practices, discussions and joint initiatives.</source>
        <translation>اكتب للبحث في الممارسات والنقاشات والمبادرات المشتركة.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>الفاصل الزمني للمزامنة بالدقائق</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>اتباع النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>الخادم:</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>المزامنة كل:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>السمة:</translation>
    </message>
    <message>
        <source>A new language applies the next time SME Community starts.</source>
        <translation>تُطبَّق اللغة الجديدة عند التشغيل التالي لتطبيق مجتمع المؤسسات الصغيرة والمتوسطة.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::ShowView</name>
    <message>
        <source>Unknown country &quot;%1&quot;; give an ISO 3166-1 alpha-3 code such as KEN.</source>
        <translation>بلد غير معروف &quot;%1&quot;؛ أدخل رمز ISO 3166-1 ثلاثي الأحرف مثل KEN.</translation>
    </message>
    <message>
        <source>Unknown countries: %1; give ISO 3166-1 alpha-3 codes such as KEN.</source>
        <translation>بلدان غير معروفة: %1؛ أدخل رموز ISO 3166-1 ثلاثية الأحرف مثل KEN.</translation>
    </message>
    <message>
        <source>Compare two to four different countries, e.g. compare:KEN,RWA.</source>
        <translation>قارن بين بلدين وأربعة بلدان مختلفة، مثل compare:KEN,RWA.</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;; use one of %2, country:ISO3 or compare:ISO3,ISO3.</source>
        <translation>عرض غير معروف &quot;%1&quot;؛ استخدم أحد %2، أو country:ISO3 أو compare:ISO3,ISO3.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::SignInDialog</name>
    <message>
        <source>Advanced</source>
        <translation>خيارات متقدمة</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>العمل دون اتصال</translation>
    </message>
    <message>
        <source>Sign in to SME Community</source>
        <translation>تسجيل الدخول إلى مجتمع المؤسسات الصغيرة والمتوسطة</translation>
    </message>
    <message>
        <source>Sign in to your platform&apos;s server to sync practices, dialogue and meetings. You can also work offline and sign in later.</source>
        <translation>سجّل الدخول إلى خادم منصتك لمزامنة الممارسات والحوار والاجتماعات. ويمكنك أيضًا العمل دون اتصال وتسجيل الدخول لاحقًا.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>الخادم:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>Trusted certificate authority file</source>
        <translation>ملف جهة إصدار الشهادات الموثوقة</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Choose a certificate authority file</source>
        <translation>اختر ملف جهة إصدار الشهادات</translation>
    </message>
    <message>
        <source>Trusted &amp;CA file:</source>
        <translation>ملف جهة الإصدار الموثوقة:</translation>
    </message>
    <message>
        <source>Only for a private deployment whose certificate is issued by your organisation.</source>
        <translation>فقط لنشر خاص تُصدر مؤسستك شهادته.</translation>
    </message>
    <message>
        <source>Trusted certificate authority</source>
        <translation>جهة إصدار الشهادات الموثوقة</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>الشهادات (*.pem *.crt *.cer);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Browse and draft on this computer with the shipped reference data; sign in later from the File menu.</source>
        <translation>تصفّح واكتب المسودات على هذا الحاسوب باستخدام البيانات المرجعية المرفقة؛ وسجّل الدخول لاحقًا من قائمة «ملف».</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
</context>
<context>
    <name>smec::desktop::StatisticsPage</name>
    <message>
        <source>Cannot count: %1</source>
        <translation>تعذّر العدّ: %1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>غير محدد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s); one with several values counts under each.</source>
        <translation>
            <numerusform>لا ممارسات؛ الممارسة ذات القيم المتعددة تُعدّ تحت كل قيمة.</numerusform>
            <numerusform>ممارسة واحدة؛ الممارسة ذات القيم المتعددة تُعدّ تحت كل قيمة.</numerusform>
            <numerusform>ممارستان؛ الممارسة ذات القيم المتعددة تُعدّ تحت كل قيمة.</numerusform>
            <numerusform>%Ln ممارسات؛ الممارسة ذات القيم المتعددة تُعدّ تحت كل قيمة.</numerusform>
            <numerusform>%Ln ممارسة؛ الممارسة ذات القيم المتعددة تُعدّ تحت كل قيمة.</numerusform>
            <numerusform>%Ln ممارسة؛ الممارسة ذات القيم المتعددة تُعدّ تحت كل قيمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s).</source>
        <translation>
            <numerusform>لا ممارسات.</numerusform>
            <numerusform>ممارسة واحدة.</numerusform>
            <numerusform>ممارستان.</numerusform>
            <numerusform>%Ln ممارسات.</numerusform>
            <numerusform>%Ln ممارسة.</numerusform>
            <numerusform>%Ln ممارسة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Practices by %1</source>
        <translation>الممارسات حسب %1</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>الممارسات</translation>
    </message>
    <message>
        <source>&amp;Pillar</source>
        <translation>ال&amp;ركيزة</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>ال&amp;منطقة</translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation>كل الركائز</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>كل المناطق</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>&amp;نسخ بصيغة CSV</translation>
    </message>
    <message>
        <source>Copy the table to the clipboard as comma-separated values</source>
        <translation>نسخ الجدول إلى الحافظة كقيم مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Figures of the chart</source>
        <translation>أرقام الرسم البياني</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>رسم بياني</translation>
    </message>
    <message>
        <source>&amp;Save chart...</source>
        <translation>&amp;حفظ الرسم البياني...</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or a PDF document</source>
        <translation>حفظ الرسم البياني كصورة PNG أو مستند PDF</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s); one with several values counts under each.</source>
        <translation>
            <numerusform>لا التزامات؛ الالتزام ذو القيم المتعددة يُعدّ تحت كل قيمة.</numerusform>
            <numerusform>التزام واحد؛ الالتزام ذو القيم المتعددة يُعدّ تحت كل قيمة.</numerusform>
            <numerusform>التزامان؛ الالتزام ذو القيم المتعددة يُعدّ تحت كل قيمة.</numerusform>
            <numerusform>%Ln التزامات؛ الالتزام ذو القيم المتعددة يُعدّ تحت كل قيمة.</numerusform>
            <numerusform>%Ln التزامًا؛ الالتزام ذو القيم المتعددة يُعدّ تحت كل قيمة.</numerusform>
            <numerusform>%Ln التزام؛ الالتزام ذو القيم المتعددة يُعدّ تحت كل قيمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s).</source>
        <translation>
            <numerusform>لا التزامات.</numerusform>
            <numerusform>التزام واحد.</numerusform>
            <numerusform>التزامان.</numerusform>
            <numerusform>%Ln التزامات.</numerusform>
            <numerusform>%Ln التزامًا.</numerusform>
            <numerusform>%Ln التزام.</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitments by %1</source>
        <translation>الالتزامات حسب %1</translation>
    </message>
    <message>
        <source>C&amp;ount</source>
        <translation>&amp;عدّ</translation>
    </message>
    <message>
        <source>&amp;by</source>
        <translation>&amp;حسب</translation>
    </message>
</context>
<context>
    <name>smec::desktop::SyncStatusWidget</name>
    <message>
        <source>Offline</source>
        <translation>دون اتصال</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>لم تتم المزامنة قط</translation>
    </message>
    <message>
        <source>No pending changes</source>
        <translation>لا توجد تغييرات معلّقة</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>آخر مزامنة</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>التغييرات المعلّقة</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>تقدّم المزامنة</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>زامن الآن</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>فشلت المزامنة</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Connected to the server</source>
        <translation>متصل بالخادم</translation>
    </message>
    <message>
        <source>Working on this computer&apos;s copy; changes are kept and sent when the server can be reached.</source>
        <translation>العمل على نسخة هذا الحاسوب؛ تُحفَظ التغييرات وتُرسَل عندما يصبح الخادم متاحًا.</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>آخر مزامنة: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to send</source>
        <translation>
            <numerusform>لا تغييرات للإرسال</numerusform>
            <numerusform>تغيير واحد للإرسال</numerusform>
            <numerusform>تغييران للإرسال</numerusform>
            <numerusform>%Ln تغييرات للإرسال</numerusform>
            <numerusform>%Ln تغييرًا للإرسال</numerusform>
            <numerusform>%Ln تغيير للإرسال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln rejected</source>
        <comment>pending text, rejected count</comment>
        <translation>
            <numerusform>%1، لا مرفوض</numerusform>
            <numerusform>%1، واحد مرفوض</numerusform>
            <numerusform>%1، اثنان مرفوضان</numerusform>
            <numerusform>%1، %Ln مرفوضة</numerusform>
            <numerusform>%1، %Ln مرفوضًا</numerusform>
            <numerusform>%1، %Ln مرفوض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %Ln record(s) received</source>
        <translation>
            <numerusform>جارٍ المزامنة: لم يصل أي سجل</numerusform>
            <numerusform>جارٍ المزامنة: وصل سجل واحد</numerusform>
            <numerusform>جارٍ المزامنة: وصل سجلان</numerusform>
            <numerusform>جارٍ المزامنة: وصلت %Ln سجلات</numerusform>
            <numerusform>جارٍ المزامنة: وصل %Ln سجلًا</numerusform>
            <numerusform>جارٍ المزامنة: وصل %Ln سجل</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing for search: %1 %</source>
        <translation>الفهرسة للبحث: %1 %</translation>
    </message>
</context>
<context>
    <name>smec::desktop::SyncWorker</name>
    <message>
        <source>The server address of this profile cannot be used: %1</source>
        <translation>لا يمكن استخدام عنوان الخادم لهذا الملف الشخصي: %1</translation>
    </message>
    <message>
        <source>You are not signed in (%1). Sign in again to sync.</source>
        <translation>لم تسجّل الدخول (%1). سجّل الدخول مجددًا للمزامنة.</translation>
    </message>
    <message>
        <source>Could not open the local database: %1</source>
        <translation>تعذّر فتح قاعدة البيانات المحلية: %1</translation>
    </message>
    <message>
        <source>Sync cancelled; it continues where it stopped next time.</source>
        <translation>أُلغيت المزامنة؛ وستستأنف من حيث توقفت في المرة القادمة.</translation>
    </message>
    <message>
        <source>The server no longer accepts your sign-in. Sign in again.</source>
        <translation>لم يعد الخادم يقبل تسجيل دخولك. سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>Working offline: %1</source>
        <translation>العمل دون اتصال: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>فشلت المزامنة: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed on both sides: resolve them under Conflicts.</source>
        <translation>
            <numerusform>لا سجلات عُدِّلت في الجانبين.</numerusform>
            <numerusform>سجل واحد عُدِّل في الجانبين: احلله في «التعارضات».</numerusform>
            <numerusform>سجلان عُدِّلا في الجانبين: احللهما في «التعارضات».</numerusform>
            <numerusform>%n سجلات عُدِّلت في الجانبين: احللها في «التعارضات».</numerusform>
            <numerusform>%n سجلًا عُدِّل في الجانبين: احللها في «التعارضات».</numerusform>
            <numerusform>%n سجل عُدِّل في الجانبين: احللها في «التعارضات».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server rejected %n change(s); see the Outbox for its reasons.</source>
        <translation>
            <numerusform>لم يرفض الخادم أي تغيير.</numerusform>
            <numerusform>رفض الخادم تغييرًا واحدًا؛ راجع «صندوق الصادر» لمعرفة السبب.</numerusform>
            <numerusform>رفض الخادم تغييرين؛ راجع «صندوق الصادر» لمعرفة الأسباب.</numerusform>
            <numerusform>رفض الخادم %n تغييرات؛ راجع «صندوق الصادر» لمعرفة الأسباب.</numerusform>
            <numerusform>رفض الخادم %n تغييرًا؛ راجع «صندوق الصادر» لمعرفة الأسباب.</numerusform>
            <numerusform>رفض الخادم %n تغيير؛ راجع «صندوق الصادر» لمعرفة الأسباب.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::TrackerPage</name>
    <message>
        <source>Open country profile</source>
        <translation>فتح ملف البلد</translation>
    </message>
    <message>
        <source>Cannot read the commitments: %1</source>
        <translation>تعذّرت قراءة الالتزامات: %1</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>بلا حالة</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Due within 90 days (%1)</source>
        <translation>مستحقة خلال 90 يومًا (%1)</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>متأخرة (%1)</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>بلا ركيزة</translation>
    </message>
    <message>
        <source>Commitments by pillar and status</source>
        <translation>الالتزامات حسب الركيزة والحالة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>الركيزة</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>الأ&amp;عمدة</translation>
    </message>
    <message>
        <source>By meeting</source>
        <translation>حسب الاجتماع</translation>
    </message>
    <message>
        <source>By pillar</source>
        <translation>حسب الركيزة</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>الا&amp;جتماع</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>كل الاجتماعات</translation>
    </message>
    <message>
        <source>&amp;Pillar</source>
        <translation>ال&amp;ركيزة</translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation>كل الركائز</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>ال&amp;منطقة</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>كل المناطق</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>&amp;نسخ بصيغة CSV</translation>
    </message>
    <message>
        <source>Copy the commitments shown to the clipboard as comma-separated values</source>
        <translation>نسخ الالتزامات المعروضة إلى الحافظة كقيم مفصولة بفواصل</translation>
    </message>
    <message>
        <source>&amp;Save chart...</source>
        <translation>&amp;حفظ الرسم البياني...</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or a PDF document</source>
        <translation>حفظ الرسم البياني كصورة PNG أو مستند PDF</translation>
    </message>
    <message>
        <source>Commitments by country</source>
        <translation>الالتزامات حسب البلد</translation>
    </message>
    <message>
        <source>Commitments due within 90 days</source>
        <translation>الالتزامات المستحقة خلال 90 يومًا</translation>
    </message>
    <message>
        <source>Overdue commitments</source>
        <translation>الالتزامات المتأخرة</translation>
    </message>
    <message>
        <source>Due within 90 days</source>
        <translation>مستحقة خلال 90 يومًا</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>لا التزامات</numerusform>
            <numerusform>التزام واحد</numerusform>
            <numerusform>التزامان</numerusform>
            <numerusform>%Ln التزامات</numerusform>
            <numerusform>%Ln التزامًا</numerusform>
            <numerusform>%Ln التزام</numerusform>
        </translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <translation>البلدان: %1</translation>
    </message>
    <message>
        <source>Due within 90 days: %1</source>
        <translation>مستحقة خلال 90 يومًا: %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>متأخرة: %1</translation>
    </message>
    <message>
        <source>Commitments by pillar, due and overdue</source>
        <translation>الالتزامات حسب الركيزة، المستحقة والمتأخرة</translation>
    </message>
</context>
<context>
    <name>smec::domain::AccessPolicy</name>
    <message>
        <source>its country</source>
        <translation>بلدها</translation>
    </message>
    <message>
        <source>The reference code is assigned by the server.</source>
        <translation>يُسنِد الخادم الرمز المرجعي.</translation>
    </message>
    <message>
        <source>Only the secretariat writes review notes.</source>
        <translation>لا تكتب ملاحظات المراجعة إلا الأمانة.</translation>
    </message>
    <message>
        <source>Only the secretariat can hide or show posts.</source>
        <translation>لا يمكن إلا للأمانة إخفاء المشاركات أو إظهارها.</translation>
    </message>
    <message>
        <source>Write a review note telling the delegation what to change.</source>
        <translation>اكتب ملاحظة مراجعة تخبر الوفد بما يجب تعديله.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>سجّل الدخول أولًا.</translation>
    </message>
    <message>
        <source>Only practices go through review.</source>
        <translation>لا تخضع للمراجعة إلا الممارسات.</translation>
    </message>
    <message>
        <source>Choose the status to move the practice to.</source>
        <translation>اختر الحالة التي تُنقل إليها الممارسة.</translation>
    </message>
    <message>
        <source>Only posts can be hidden.</source>
        <translation>لا يمكن إخفاء إلا المشاركات.</translation>
    </message>
    <message>
        <source>The practice has an unknown status, &quot;%1&quot;.</source>
        <translation>حالة الممارسة غير معروفة: «%1».</translation>
    </message>
    <message>
        <source>The practice is already &quot;%1&quot;.</source>
        <translation>الممارسة بالفعل في حالة «%1».</translation>
    </message>
    <message>
        <source>A practice cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>لا يمكن أن تنتقل الممارسة من «%1» إلى «%2».</translation>
    </message>
    <message>
        <source>A record cannot change its kind.</source>
        <translation>لا يمكن للسجل أن يغيّر نوعه.</translation>
    </message>
    <message>
        <source>This record does not exist or was already deleted.</source>
        <translation>هذا السجل غير موجود أو حُذف من قبل.</translation>
    </message>
    <message>
        <source>Delegates can assign records only to their own country.</source>
        <translation>لا يمكن للمندوبين إسناد السجلات إلا إلى بلدهم.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can see this practice until it is published.</source>
        <translation>لا يمكن إلا لمندوبي %1 والأمانة الاطلاع على هذه الممارسة حتى تُنشر.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can add practices for %1.</source>
        <translation>لا يمكن إلا لمندوبي %1 والأمانة إضافة ممارسات باسم %1.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can edit this practice.</source>
        <translation>لا يمكن إلا لمندوبي %1 والأمانة تعديل هذه الممارسة.</translation>
    </message>
    <message>
        <source>This practice is &quot;%2&quot;: only the secretariat can change it now.</source>
        <translation>هذه الممارسة في حالة «%2»: لا يمكن تعديلها الآن إلا من قِبل الأمانة.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can delete this practice.</source>
        <translation>لا يمكن إلا لمندوبي %1 والأمانة حذف هذه الممارسة.</translation>
    </message>
    <message>
        <source>This practice is &quot;%2&quot;: delegates can delete only drafts. Ask the secretariat to delete it.</source>
        <translation>هذه الممارسة في حالة «%2»: لا يمكن للمندوبين حذف إلا المسودات. اطلب من الأمانة حذفها.</translation>
    </message>
    <message>
        <source>Only the author of this thread and the secretariat can edit it.</source>
        <translation>لا يمكن إلا لكاتب سلسلة النقاش هذه والأمانة تعديلها.</translation>
    </message>
    <message>
        <source>Only the secretariat can delete a thread.</source>
        <translation>لا يمكن إلا للأمانة حذف سلسلة نقاش.</translation>
    </message>
    <message>
        <source>This post was hidden by the secretariat.</source>
        <translation>أخفت الأمانة هذه المشاركة.</translation>
    </message>
    <message>
        <source>Only the author of a post can edit it.</source>
        <translation>لا يمكن إلا لكاتب المشاركة تعديلها.</translation>
    </message>
    <message>
        <source>Only the author of a post and the secretariat can delete it.</source>
        <translation>لا يمكن إلا لكاتب المشاركة والأمانة حذفها.</translation>
    </message>
    <message>
        <source>Only the secretariat can add meetings.</source>
        <translation>لا يمكن إلا للأمانة إضافة اجتماعات.</translation>
    </message>
    <message>
        <source>Only the secretariat can edit meetings.</source>
        <translation>لا يمكن إلا للأمانة تعديل الاجتماعات.</translation>
    </message>
    <message>
        <source>Only the secretariat can delete meetings.</source>
        <translation>لا يمكن إلا للأمانة حذف الاجتماعات.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can record commitments of %1.</source>
        <translation>لا يمكن إلا لمندوبي %1 والأمانة تسجيل التزامات %1.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can update this commitment.</source>
        <translation>لا يمكن إلا لمندوبي %1 والأمانة تحديث هذا الالتزام.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can delete this commitment.</source>
        <translation>لا يمكن إلا لمندوبي %1 والأمانة حذف هذا الالتزام.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can submit this practice.</source>
        <translation>لا يمكن إلا لمندوبي %1 والأمانة تقديم هذه الممارسة.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can withdraw this practice.</source>
        <translation>لا يمكن إلا لمندوبي %1 والأمانة سحب هذه الممارسة.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can resubmit this practice.</source>
        <translation>لا يمكن إلا لمندوبي %1 والأمانة إعادة تقديم هذه الممارسة.</translation>
    </message>
    <message>
        <source>Only the secretariat can start the review of a practice.</source>
        <translation>لا يمكن إلا للأمانة بدء مراجعة ممارسة.</translation>
    </message>
    <message>
        <source>Only the secretariat can request changes to a practice.</source>
        <translation>لا يمكن إلا للأمانة طلب تعديلات على ممارسة.</translation>
    </message>
    <message>
        <source>Only the secretariat can publish a practice.</source>
        <translation>لا يمكن إلا للأمانة نشر ممارسة.</translation>
    </message>
    <message>
        <source>Only the secretariat can archive a practice.</source>
        <translation>لا يمكن إلا للأمانة أرشفة ممارسة.</translation>
    </message>
    <message>
        <source>Only the secretariat can restore an archived practice.</source>
        <translation>لا يمكن إلا للأمانة استعادة ممارسة مؤرشفة.</translation>
    </message>
    <message>
        <source>%1 has not joined this initiative: only a delegate of %1 can accept the invitation.</source>
        <translation>لم ينضم %1 إلى هذه المبادرة: لا يقبل الدعوة إلا مندوب عن %1.</translation>
    </message>
    <message>
        <source>%1 was not invited to this initiative: its lead country or the secretariat invites partners first.</source>
        <translation>لم يُدعَ %1 إلى هذه المبادرة: يدعو البلد القائد أو الأمانة الشركاء أولًا.</translation>
    </message>
    <message>
        <source>Only the secretariat can hand an initiative to another lead country.</source>
        <translation>لا يمكن إلا للأمانة نقل مبادرة إلى بلد قائد آخر.</translation>
    </message>
    <message>
        <source>Only the secretariat can end an initiative or reopen an ended one.</source>
        <translation>لا يمكن إلا للأمانة إنهاء مبادرة أو إعادة فتح مبادرة منتهية.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can invite or remove partner countries.</source>
        <translation>لا يمكن إلا لمندوبي %1 والأمانة دعوة البلدان الشريكة أو إزالتها.</translation>
    </message>
    <message>
        <source>Only the secretariat can end an initiative.</source>
        <translation>لا يمكن إلا للأمانة إنهاء مبادرة.</translation>
    </message>
    <message>
        <source>Only delegates of %1, of the countries invited to this initiative and the secretariat can see it while it is proposed.</source>
        <translation>لا يرى هذه المبادرة ما دامت مقترحة إلا مندوبو %1 ومندوبو البلدان المدعوة إليها والأمانة.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can propose initiatives led by %1.</source>
        <translation>لا يمكن إلا لمندوبي %1 والأمانة اقتراح مبادرات يقودها %1.</translation>
    </message>
    <message>
        <source>Only delegates of %1, of the partner countries that joined this initiative and the secretariat can edit it.</source>
        <translation>لا يعدّل هذه المبادرة إلا مندوبو %1 ومندوبو البلدان الشريكة التي انضمت إليها والأمانة.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can delete this initiative.</source>
        <translation>لا يمكن إلا لمندوبي %1 والأمانة حذف هذه المبادرة.</translation>
    </message>
    <message>
        <source>This initiative is &quot;%2&quot;: only the secretariat can delete it now.</source>
        <translation>هذه المبادرة &quot;%2&quot;: لا يمكن الآن حذفها إلا للأمانة.</translation>
    </message>
</context>
<context>
    <name>smec::domain::FieldSchema</name>
    <message>
        <source>Fill in &quot;%1&quot;.</source>
        <translation>املأ «%1».</translation>
    </message>
    <message>
        <source>Digital transformation</source>
        <translation>التحول الرقمي</translation>
    </message>
    <message>
        <source>Access to finance</source>
        <translation>الحصول على التمويل</translation>
    </message>
    <message>
        <source>Green transition</source>
        <translation>التحول الأخضر</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>الرمز المرجعي</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Give the practice a title.</source>
        <translation>أعطِ الممارسة عنوانًا.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Add a summary of the practice before submitting.</source>
        <translation>أضف ملخصًا للممارسة قبل تقديمها.</translation>
    </message>
    <message>
        <source>Policy or programme</source>
        <translation>السياسة أو البرنامج</translation>
    </message>
    <message>
        <source>Describe the policy or programme and how it was implemented before submitting.</source>
        <translation>صِف السياسة أو البرنامج وكيفية تنفيذه قبل التقديم.</translation>
    </message>
    <message>
        <source>Results and evidence</source>
        <translation>النتائج والأدلة</translation>
    </message>
    <message>
        <source>Describe the tangible results and the evidence for them before submitting.</source>
        <translation>صِف النتائج الملموسة والأدلة عليها قبل التقديم.</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>الدروس المستفادة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Choose the country of the practice before submitting.</source>
        <translation>اختر بلد الممارسة قبل تقديمها.</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>الركائز</translation>
    </message>
    <message>
        <source>Choose at least one pillar before submitting.</source>
        <translation>اختر ركيزة واحدة على الأقل قبل التقديم.</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>منحة</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>قرض</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>ضمان</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>حقوق ملكية</translation>
    </message>
    <message>
        <source>Tax incentive</source>
        <translation>حافز ضريبي</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>تنظيم</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <source>Advisory services</source>
        <translation>خدمات استشارية</translation>
    </message>
    <message>
        <source>Digital service</source>
        <translation>خدمة رقمية</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>منصة</translation>
    </message>
    <message>
        <source>Public procurement</source>
        <translation>المشتريات العامة</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>شبكة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>الأداة</translation>
    </message>
    <message>
        <source>Choose the policy instrument before submitting.</source>
        <translation>اختر أداة السياسة قبل التقديم.</translation>
    </message>
    <message>
        <source>Micro enterprises</source>
        <translation>المؤسسات متناهية الصغر</translation>
    </message>
    <message>
        <source>Small enterprises</source>
        <translation>المؤسسات الصغيرة</translation>
    </message>
    <message>
        <source>Medium-sized enterprises</source>
        <translation>المؤسسات المتوسطة</translation>
    </message>
    <message>
        <source>Start-ups</source>
        <translation>الشركات الناشئة</translation>
    </message>
    <message>
        <source>Women-led enterprises</source>
        <translation>المؤسسات التي تقودها نساء</translation>
    </message>
    <message>
        <source>Youth-led enterprises</source>
        <translation>المؤسسات التي يقودها شباب</translation>
    </message>
    <message>
        <source>Exporters</source>
        <translation>المصدّرون</translation>
    </message>
    <message>
        <source>Informal enterprises</source>
        <translation>المؤسسات غير الرسمية</translation>
    </message>
    <message>
        <source>Rural enterprises</source>
        <translation>المؤسسات الريفية</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>الفئات المستهدفة</translation>
    </message>
    <message>
        <source>Implementing organisation</source>
        <translation>الجهة المنفذة</translation>
    </message>
    <message>
        <source>Name the organisation that implemented the practice before submitting.</source>
        <translation>اذكر الجهة التي نفّذت الممارسة قبل التقديم.</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>سنة البدء</translation>
    </message>
    <message>
        <source>Give the year the practice started before submitting.</source>
        <translation>اذكر السنة التي بدأت فيها الممارسة قبل التقديم.</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>سنة الانتهاء</translation>
    </message>
    <message>
        <source>Budget (USD)</source>
        <translation>الميزانية (بالدولار الأمريكي)</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <source>Emerging</source>
        <translation>ناشئة</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>واعدة</translation>
    </message>
    <message>
        <source>Proven</source>
        <translation>مثبتة</translation>
    </message>
    <message>
        <source>Evidence level</source>
        <translation>مستوى الأدلة</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>مقدَّمة</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>طُلبت تعديلات</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشورة</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشفة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>ملاحظة المراجعة</translation>
    </message>
    <message>
        <source>Give the thread a title.</source>
        <translation>أعطِ سلسلة النقاش عنوانًا.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>نقاش</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>استشارة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Related practices</source>
        <translation>الممارسات ذات الصلة</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>سلسلة النقاش</translation>
    </message>
    <message>
        <source>A post must belong to a thread.</source>
        <translation>يجب أن تنتمي المشاركة إلى سلسلة نقاش.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Write a message before posting.</source>
        <translation>اكتب رسالة قبل النشر.</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>ردًا على</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>مخفية</translation>
    </message>
    <message>
        <source>Reason for hiding</source>
        <translation>سبب الإخفاء</translation>
    </message>
    <message>
        <source>Give the meeting a title.</source>
        <translation>أعطِ الاجتماع عنوانًا.</translation>
    </message>
    <message>
        <source>Global ministerial</source>
        <translation>وزاري عالمي</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>إقليمي</translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation>مواضيعي</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>تقني</translation>
    </message>
    <message>
        <source>Choose the type of meeting.</source>
        <translation>اختر نوع الاجتماع.</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>يبدأ في</translation>
    </message>
    <message>
        <source>Give the date the meeting starts.</source>
        <translation>اذكر تاريخ بدء الاجتماع.</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>ينتهي في</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>البلد المضيف</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>حضوري</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>افتراضي</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>مختلط</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Participating countries</source>
        <translation>البلدان المشاركة</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Choose the country that made the commitment.</source>
        <translation>اختر البلد الذي قطع الالتزام.</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>الركيزة</translation>
    </message>
    <message>
        <source>Choose the pillar of the commitment.</source>
        <translation>اختر ركيزة الالتزام.</translation>
    </message>
    <message>
        <source>Give the commitment a title.</source>
        <translation>أعطِ الالتزام عنوانًا.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>مُعلَن</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>محقَّق</translation>
    </message>
    <message>
        <source>Partially achieved</source>
        <translation>محقَّق جزئيًا</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>غير محقَّق</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم المحرز</translation>
    </message>
    <message>
        <source>Give the initiative a title.</source>
        <translation>أعطِ المبادرة عنوانًا.</translation>
    </message>
    <message>
        <source>Lead country</source>
        <translation>البلد القائد</translation>
    </message>
    <message>
        <source>Choose the country that leads the initiative.</source>
        <translation>اختر البلد الذي يقود المبادرة.</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>مدعو</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>منضم</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>البلدان الشريكة</translation>
    </message>
    <message>
        <source>Joint programme</source>
        <translation>برنامج مشترك</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>مراجعة الأقران</translation>
    </message>
    <message>
        <source>Twinning</source>
        <translation>توأمة</translation>
    </message>
    <message>
        <source>Regional facility</source>
        <translation>مرفق إقليمي</translation>
    </message>
    <message>
        <source>Coordinated policy</source>
        <translation>سياسة منسقة</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>مقترحة</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقفة مؤقتًا</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <source>Launched at meeting</source>
        <translation>أُطلقت في الاجتماع</translation>
    </message>
    <message>
        <source>Related commitments</source>
        <translation>الالتزامات ذات الصلة</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>المراحل</translation>
    </message>
</context>
<context>
    <name>smec::domain::PracticeStatus</name>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>مقدَّمة</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>طُلبت تعديلات</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشورة</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشفة</translation>
    </message>
</context>
<context>
    <name>smec::domain::ReferenceData</name>
    <message>
        <source>&quot;%1&quot; must be a non-empty string.</source>
        <translation>يجب أن يكون «%1» سلسلة نصية غير فارغة.</translation>
    </message>
    <message>
        <source>The built-in reference file %1 is missing.</source>
        <translation>ملف المراجع المدمج %1 غير موجود.</translation>
    </message>
    <message>
        <source>The built-in reference file %1 is not a JSON array.</source>
        <translation>ملف المراجع المدمج %1 ليس مصفوفة JSON.</translation>
    </message>
    <message>
        <source>The reference data is not valid JSON: %1.</source>
        <translation>البيانات المرجعية ليست JSON صالحًا: %1.</translation>
    </message>
    <message>
        <source>The reference data must be a JSON object.</source>
        <translation>يجب أن تكون البيانات المرجعية كائن JSON.</translation>
    </message>
    <message>
        <source>&quot;countries&quot; must be an array.</source>
        <translation>يجب أن يكون «countries» مصفوفة.</translation>
    </message>
    <message>
        <source>&quot;pillars&quot; must be an array.</source>
        <translation>يجب أن يكون «pillars» مصفوفة.</translation>
    </message>
    <message>
        <source>&quot;users&quot; must be an array.</source>
        <translation>يجب أن يكون «users» مصفوفة.</translation>
    </message>
    <message>
        <source>Each country must be a JSON object.</source>
        <translation>يجب أن يكون كل بلد كائن JSON.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an upper-case alpha-3 code.</source>
        <translation>«%1» ليس رمزًا ثلاثي الأحرف بأحرف كبيرة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an upper-case alpha-2 code.</source>
        <translation>«%1» ليس رمزًا ثنائي الأحرف بأحرف كبيرة.</translation>
    </message>
    <message>
        <source>The country code %1 appears twice.</source>
        <translation>رمز البلد %1 مكرر.</translation>
    </message>
    <message>
        <source>Each pillar must be a JSON object.</source>
        <translation>يجب أن تكون كل ركيزة كائن JSON.</translation>
    </message>
    <message>
        <source>&quot;description&quot; must be a string.</source>
        <translation>يجب أن يكون «description» سلسلة نصية.</translation>
    </message>
    <message>
        <source>The pillar %1 appears twice.</source>
        <translation>الركيزة %1 مكررة.</translation>
    </message>
    <message>
        <source>Each user needs an &quot;id&quot; and a known &quot;role&quot;.</source>
        <translation>يحتاج كل مستخدم إلى «id» و«role» معروف.</translation>
    </message>
    <message>
        <source>The user %1 appears twice.</source>
        <translation>المستخدم %1 مكرر.</translation>
    </message>
</context>
<context>
    <name>smec::domain::Region</name>
    <message>
        <source>Africa</source>
        <translation>أفريقيا</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>الأمريكتان</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>آسيا</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>أوروبا</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>أوقيانوسيا</translation>
    </message>
    <message>
        <source>Australia and New Zealand</source>
        <translation>أستراليا ونيوزيلندا</translation>
    </message>
    <message>
        <source>Central Asia</source>
        <translation>آسيا الوسطى</translation>
    </message>
    <message>
        <source>Eastern Asia</source>
        <translation>شرق آسيا</translation>
    </message>
    <message>
        <source>Eastern Europe</source>
        <translation>أوروبا الشرقية</translation>
    </message>
    <message>
        <source>Latin America and the Caribbean</source>
        <translation>أمريكا اللاتينية ومنطقة البحر الكاريبي</translation>
    </message>
    <message>
        <source>Melanesia</source>
        <translation>ميلانيزيا</translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation>ميكرونيزيا</translation>
    </message>
    <message>
        <source>Northern Africa</source>
        <translation>شمال أفريقيا</translation>
    </message>
    <message>
        <source>Northern America</source>
        <translation>أمريكا الشمالية</translation>
    </message>
    <message>
        <source>Northern Europe</source>
        <translation>أوروبا الشمالية</translation>
    </message>
    <message>
        <source>Polynesia</source>
        <translation>بولينيزيا</translation>
    </message>
    <message>
        <source>South-eastern Asia</source>
        <translation>جنوب شرق آسيا</translation>
    </message>
    <message>
        <source>Southern Asia</source>
        <translation>جنوب آسيا</translation>
    </message>
    <message>
        <source>Southern Europe</source>
        <translation>أوروبا الجنوبية</translation>
    </message>
    <message>
        <source>Sub-Saharan Africa</source>
        <translation>أفريقيا جنوب الصحراء الكبرى</translation>
    </message>
    <message>
        <source>Western Asia</source>
        <translation>غرب آسيا</translation>
    </message>
    <message>
        <source>Western Europe</source>
        <translation>أوروبا الغربية</translation>
    </message>
</context>
<context>
    <name>smec::domain::User</name>
    <message>
        <source>Analyst</source>
        <translation>محلل</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>مندوب</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>الأمانة</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مدير النظام</translation>
    </message>
</context>
<context>
    <name>smec::domain::Validator</name>
    <message>
        <source>%1 must be one of the listed values.</source>
        <translation>يجب أن يكون %1 إحدى القيم المدرجة.</translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation>يجب أن يكون %1 نعم أو لا.</translation>
    </message>
    <message>
        <source>%1 must be a date written as YYYY-MM-DD.</source>
        <translation>يجب أن يكون %1 تاريخًا بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 must be a language code such as &quot;en&quot;, &quot;fr&quot; or &quot;es-419&quot;.</source>
        <translation>يجب أن يكون %1 رمز لغة مثل «en» أو «fr» أو «es-419».</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>يجب أن يكون %1 نصًا.</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters where at most %3 are allowed. Shorten it.</source>
        <translation>%1 طويل جدًا: %2 حرفًا والحد الأقصى المسموح به %3. اختصره.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>يجب أن يكون %1 عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>يجب أن يكون %1 رقمًا.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>يجب أن يكون %1 بين %2 و%3.</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>يجب ألا يقل %1 عن %2.</translation>
    </message>
    <message>
        <source>%1 must be at most %2.</source>
        <translation>يجب ألا يزيد %1 على %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid choice for &quot;%2&quot;; choose one of: %3.</source>
        <translation>«%1» ليس خيارًا صالحًا لـ«%2»؛ اختر أحد الخيارات التالية: %3.</translation>
    </message>
    <message>
        <source>%1 must refer to a record by its id.</source>
        <translation>يجب أن يشير %1 إلى سجل بمعرّفه.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country of the reference list; use its three-letter ISO code, such as &quot;KEN&quot;.</source>
        <translation>«%1» ليس بلدًا في القائمة المرجعية؛ استخدم رمز ISO المكوّن من ثلاثة أحرف، مثل «KEN».</translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation>يجب أن يكون %1 قائمة.</translation>
    </message>
    <message>
        <source>%1 has %2 entries where at most %3 are allowed.</source>
        <translation>يحتوي %1 على %2 إدخالًا والحد الأقصى المسموح به %3.</translation>
    </message>
    <message>
        <source>%1 lists &quot;%2&quot; twice.</source>
        <translation>يذكر %1 «%2» مرتين.</translation>
    </message>
    <message>
        <source>Entry %1 of %2</source>
        <translation>الإدخال %1 من %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 فارغ.</translation>
    </message>
    <message>
        <source>Source %1 must have a title and a web address.</source>
        <translation>يجب أن يكون للمصدر %1 عنوان وعنوان ويب.</translation>
    </message>
    <message>
        <source>The title of source %1</source>
        <translation>عنوان المصدر %1</translation>
    </message>
    <message>
        <source>Source %1 needs a web address starting with http:// or https://.</source>
        <translation>يحتاج المصدر %1 إلى عنوان ويب يبدأ بـ http://‎ أو https://‎.</translation>
    </message>
    <message>
        <source>The end year (%1) is before the start year (%2).</source>
        <translation>سنة الانتهاء (%1) تسبق سنة البدء (%2).</translation>
    </message>
    <message>
        <source>Write a review note telling the delegation what to change.</source>
        <translation>اكتب ملاحظة مراجعة تخبر الوفد بما يجب تعديله.</translation>
    </message>
    <message>
        <source>The meeting ends (%1) before it starts (%2).</source>
        <translation>ينتهي الاجتماع (%1) قبل أن يبدأ (%2).</translation>
    </message>
    <message>
        <source>Partner %1 must have a country and a state (%2).</source>
        <translation>يجب أن يكون للشريك %1 بلد وحالة (%2).</translation>
    </message>
    <message>
        <source>Milestone %1 must have an id, a title, a due date and whether it is done.</source>
        <translation>يجب أن يكون للمرحلة %1 معرّف وعنوان وموعد وبيان ما إذا كانت منجزة.</translation>
    </message>
    <message>
        <source>Milestone %1 needs an id (a UUID) that stays the same when it is edited.</source>
        <translation>تحتاج المرحلة %1 إلى معرّف (UUID) يبقى كما هو عند تعديلها.</translation>
    </message>
    <message>
        <source>Give milestone %1 a title.</source>
        <translation>أعطِ المرحلة %1 عنوانًا.</translation>
    </message>
    <message>
        <source>The title of milestone %1</source>
        <translation>عنوان المرحلة %1</translation>
    </message>
    <message>
        <source>The due date of milestone %1 must be written as YYYY-MM-DD.</source>
        <translation>يجب كتابة موعد المرحلة %1 بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Whether milestone %1 is done must be yes or no.</source>
        <translation>يجب أن يكون إنجاز المرحلة %1 نعم أو لا.</translation>
    </message>
    <message>
        <source>The initiative ends (%1) before it starts (%2).</source>
        <translation>تنتهي المبادرة (%1) قبل أن تبدأ (%2).</translation>
    </message>
    <message>
        <source>The lead country cannot also be a partner.</source>
        <translation>لا يمكن أن يكون البلد القائد شريكًا أيضًا.</translation>
    </message>
</context>
<context>
    <name>smec::exporting::PdfExporter</name>
    <message>
        <source>Exported on %1</source>
        <translation>صُدِّر في %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>section number and title</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>smec::exporting::RecordExporter</name>
    <message>
        <source>SME policy practices</source>
        <translation>ممارسات السياسات الخاصة بالمؤسسات الصغيرة والمتوسطة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) from the Global SME Ministerial Community Platform</source>
        <translation>
            <numerusform>لا سجلات من المنصة الوزارية العالمية لمجتمع المؤسسات الصغيرة والمتوسطة</numerusform>
            <numerusform>سجل واحد من المنصة الوزارية العالمية لمجتمع المؤسسات الصغيرة والمتوسطة</numerusform>
            <numerusform>سجلان من المنصة الوزارية العالمية لمجتمع المؤسسات الصغيرة والمتوسطة</numerusform>
            <numerusform>%Ln سجلات من المنصة الوزارية العالمية لمجتمع المؤسسات الصغيرة والمتوسطة</numerusform>
            <numerusform>%Ln سجلًا من المنصة الوزارية العالمية لمجتمع المؤسسات الصغيرة والمتوسطة</numerusform>
            <numerusform>%Ln سجل من المنصة الوزارية العالمية لمجتمع المؤسسات الصغيرة والمتوسطة</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>النقاشات</translation>
    </message>
    <message>
        <source>Discussion posts</source>
        <translation>مشاركات النقاش</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <source>Joint initiatives</source>
        <translation>المبادرات المشتركة</translation>
    </message>
</context>
<context>
    <name>smec::models::BackgroundReader</name>
    <message>
        <source>The replica is not open.</source>
        <translation>النسخة المحلية غير مفتوحة.</translation>
    </message>
</context>
<context>
    <name>smec::models::CommitmentTrackerModel</name>
    <message>
        <source>%1, due %2</source>
        <translation>%1، تستحق في %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>بلا ركيزة</translation>
    </message>
    <message>
        <source>No meeting</source>
        <translation>بلا اجتماع</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %Ln commitment(s)</source>
        <translation>
            <numerusform>%1، %2: لا التزامات</numerusform>
            <numerusform>%1، %2: التزام واحد</numerusform>
            <numerusform>%1، %2: التزامان</numerusform>
            <numerusform>%1، %2: %Ln التزامات</numerusform>
            <numerusform>%1، %2: %Ln التزامًا</numerusform>
            <numerusform>%1، %2: %Ln التزام</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::models::DisplayText</name>
    <message>
        <source>Synced</source>
        <translation>متزامن</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>رفضه الخادم</translation>
    </message>
</context>
<context>
    <name>smec::models::FacetModel</name>
    <message>
        <source>Pillar</source>
        <translation>الركيزة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>الأداة</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>الفئة المستهدفة</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>سنة البدء</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <comment>facet value with its count</comment>
        <translation>%1 (%L2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n practice(s)</source>
        <comment>facet value for screen readers</comment>
        <translation>
            <numerusform>%1، لا ممارسات</numerusform>
            <numerusform>%1، ممارسة واحدة</numerusform>
            <numerusform>%1، ممارستان</numerusform>
            <numerusform>%1، %n ممارسات</numerusform>
            <numerusform>%1، %n ممارسة</numerusform>
            <numerusform>%1، %n ممارسة</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>البلد الشريك</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
</context>
<context>
    <name>smec::models::NavigationModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>sidebar section with a count</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n item(s)</source>
        <comment>sidebar section for screen readers</comment>
        <translation>
            <numerusform>%1، لا عناصر</numerusform>
            <numerusform>%1، عنصر واحد</numerusform>
            <numerusform>%1، عنصران</numerusform>
            <numerusform>%1، %n عناصر</numerusform>
            <numerusform>%1، %n عنصرًا</numerusform>
            <numerusform>%1، %n عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>الممارسات</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>الحوار</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>مسوداتي</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>قائمة المراجعة</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>التعاون</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>sidebar section for screen readers: its name, what asks for attention</comment>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>smec::models::RecordListModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>البلد المضيف</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>الركائز</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>الأداة</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>كُتب في</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
</context>
<context>
    <name>smec::models::RecordMarkdown</name>
    <message>
        <source>About</source>
        <translation>نبذة</translation>
    </message>
    <message>
        <source>This record was deleted.</source>
        <translation>حُذف هذا السجل.</translation>
    </message>
    <message>
        <source>Untitled practice</source>
        <translation>ممارسة بلا عنوان</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>الركائز</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>الأداة</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>الفئات المستهدفة</translation>
    </message>
    <message>
        <source>Implementing organisation</source>
        <translation>الجهة المنفذة</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>السنوات</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>منذ %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>years</comment>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>USD %1</source>
        <translation>%1 دولار أمريكي</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Review note:</source>
        <translation>ملاحظة المراجعة:</translation>
    </message>
    <message>
        <source>The policy and how it was implemented</source>
        <translation>السياسة وكيفية تنفيذها</translation>
    </message>
    <message>
        <source>Results and evidence</source>
        <translation>النتائج والأدلة</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>الدروس المستفادة</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>لم يُرسَل بعد</translation>
    </message>
    <message>
        <source>Hidden by the secretariat: %1</source>
        <translation>أخفته الأمانة: %1</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>dates</comment>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>city, country</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>الركيزة</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم المحرز</translation>
    </message>
    <message>
        <source>Lead country</source>
        <translation>البلد القائد</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>يبدأ في</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>ينتهي في</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Milestones (%1 of %2 done)</source>
        <translation>المراحل (%1 من %2 منجزة)</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (الموعد %2)</translation>
    </message>
</context>
<context>
    <name>smec::models::SavedSearchModel</name>
    <message>
        <source>Saved search %1</source>
        <translation>البحث المحفوظ %1</translation>
    </message>
    <message>
        <source>Saved search %1: %2</source>
        <translation>البحث المحفوظ %1: %2</translation>
    </message>
</context>
<context>
    <name>smec::models::SearchResultModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>ممارسة</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>نقاش</translation>
    </message>
    <message>
        <source>Discussion post</source>
        <translation>مشاركة في نقاش</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>اجتماع</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>التزام</translation>
    </message>
    <message>
        <source>Joint initiative</source>
        <translation>مبادرة مشتركة</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>search hit: kind, title and excerpt</comment>
        <translation>%1، %2: %3</translation>
    </message>
</context>
<context>
    <name>smec::protocol</name>
    <message>
        <source>the document must be a JSON object</source>
        <translation>يجب أن يكون المستند كائن JSON</translation>
    </message>
    <message>
        <source>not allowed in a tombstone, which is {&quot;id&quot;,&quot;kind&quot;,&quot;rev&quot;,&quot;deleted&quot;:true}</source>
        <translation>غير مسموح به في علامة الحذف، وهي {&quot;id&quot;,&quot;kind&quot;,&quot;rev&quot;,&quot;deleted&quot;:true}</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>record %1 appears twice in one page</source>
        <translation>يظهر السجل %1 مرتين في الصفحة نفسها</translation>
    </message>
    <message>
        <source>op</source>
        <translation>العملية</translation>
    </message>
    <message>
        <source>a delete carries no fields</source>
        <translation>لا يحمل الحذف أي حقول</translation>
    </message>
    <message>
        <source>must hold at least one mutation</source>
        <translation>يجب أن يحتوي على تعديل واحد على الأقل</translation>
    </message>
    <message>
        <source>holds %1 mutations, more than the limit of %2</source>
        <translation>يحتوي على %1 تعديلًا، وهو أكثر من الحد البالغ %2</translation>
    </message>
    <message>
        <source>repeats the mutation_id of mutations[%1]</source>
        <translation>يكرر قيمة mutation_id الموجودة في mutations[%1]</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>a rejected result carries no record</source>
        <translation>لا تحمل النتيجة المرفوضة أي سجل</translation>
    </message>
    <message>
        <source>only a rejected result carries an error</source>
        <translation>لا تحمل خطأً إلا النتيجة المرفوضة</translation>
    </message>
    <message>
        <source>must be at most %1 bytes long</source>
        <translation>يجب ألا يتجاوز طوله %1 بايت</translation>
    </message>
    <message>
        <source>must be an ISO 3166-1 alpha-3 code such as KEN, not &quot;%1&quot;</source>
        <translation>يجب أن يكون رمز ISO 3166-1 ثلاثي الأحرف مثل KEN، وليس «%1»</translation>
    </message>
    <message>
        <source>role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>must hold only letters, digits and -._~+/=</source>
        <translation>يجب ألا يحتوي إلا على أحرف وأرقام و‎-._~+/=</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>يجب أن يكون كائنًا</translation>
    </message>
    <message>
        <source>the document is %1 bytes, more than the limit of %2 bytes</source>
        <translation>حجم المستند %1 بايت، وهو أكثر من الحد البالغ %2 بايت</translation>
    </message>
    <message>
        <source>at byte %1: %2</source>
        <translation>عند البايت %1: %2</translation>
    </message>
    <message>
        <source>a deleted revision carries no fields</source>
        <translation>المراجعة المحذوفة لا تحمل حقولًا</translation>
    </message>
    <message>
        <source>revisions must come newest first, each rev once</source>
        <translation>يجب أن تأتي المراجعات الأحدث أولًا، وكل مراجعة مرة واحدة</translation>
    </message>
</context>
<context>
    <name>smec::protocol::ObjectReader</name>
    <message>
        <source>must be %1, not %2</source>
        <translation>يجب أن يكون %1، وليس %2</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>%1 غير معروف «%2»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown member</source>
        <translation>عضو غير معروف</translation>
    </message>
    <message>
        <source>missing required member</source>
        <translation>عضو مطلوب مفقود</translation>
    </message>
    <message>
        <source>must be %1 to %2 characters long</source>
        <translation>يجب أن يتراوح طوله بين %1 و%2 حرفًا</translation>
    </message>
    <message>
        <source>must be at most %1 characters long</source>
        <translation>يجب ألا يتجاوز طوله %1 حرفًا</translation>
    </message>
    <message>
        <source>must be a UUID in canonical form (lower-case, no braces), not &quot;%1&quot;</source>
        <translation>يجب أن يكون UUID بالصيغة القياسية (أحرف صغيرة، دون أقواس معقوفة)، وليس «%1»</translation>
    </message>
    <message>
        <source>must be an integer from 0 to %1</source>
        <translation>يجب أن يكون عددًا صحيحًا من 0 إلى %1</translation>
    </message>
    <message>
        <source>must be a UTC time like 2026-03-01T09:30:00.000Z, not &quot;%1&quot;</source>
        <translation>يجب أن يكون وقتًا بالتوقيت العالمي مثل 2026-03-01T09:30:00.000Z، وليس «%1»</translation>
    </message>
    <message>
        <source>must be a snake_case code, not &quot;%1&quot;</source>
        <translation>يجب أن يكون رمزًا بصيغة snake_case، وليس «%1»</translation>
    </message>
</context>
<context>
    <name>smec::protocol::Scanner</name>
    <message>
        <source>a byte order mark is not allowed</source>
        <translation>علامة ترتيب البايتات غير مسموح بها</translation>
    </message>
    <message>
        <source>empty document</source>
        <translation>مستند فارغ</translation>
    </message>
    <message>
        <source>the document must be a JSON object or array</source>
        <translation>يجب أن يكون المستند كائن JSON أو مصفوفة</translation>
    </message>
    <message>
        <source>unexpected data after the JSON value</source>
        <translation>بيانات غير متوقعة بعد قيمة JSON</translation>
    </message>
    <message>
        <source>at byte %1</source>
        <translation>عند البايت %1</translation>
    </message>
    <message>
        <source>at %1 (byte %2)</source>
        <translation>عند %1 (البايت %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unexpected end of document, a value was expected</source>
        <translation>نهاية غير متوقعة للمستند، كان يُتوقَّع وجود قيمة</translation>
    </message>
    <message>
        <source>unexpected character, a value was expected</source>
        <translation>حرف غير متوقع، كان يُتوقَّع وجود قيمة</translation>
    </message>
    <message>
        <source>invalid literal</source>
        <translation>قيمة حرفية غير صالحة</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>تداخل أعمق من %1 مستويات</translation>
    </message>
    <message>
        <source>a member name in double quotes was expected</source>
        <translation>كان يُتوقَّع اسم عضو بين علامتي اقتباس مزدوجتين</translation>
    </message>
    <message>
        <source>duplicate member name</source>
        <translation>اسم عضو مكرر</translation>
    </message>
    <message>
        <source>a colon was expected after the member name</source>
        <translation>كان يُتوقَّع وجود نقطتين رأسيتين بعد اسم العضو</translation>
    </message>
    <message>
        <source>a comma or a closing brace was expected</source>
        <translation>كان يُتوقَّع وجود فاصلة أو قوس معقوف للإغلاق</translation>
    </message>
    <message>
        <source>a comma or a closing bracket was expected</source>
        <translation>كان يُتوقَّع وجود فاصلة أو قوس مربع للإغلاق</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>سلسلة نصية غير منتهية</translation>
    </message>
    <message>
        <source>control character U+%1 must be escaped</source>
        <translation>يجب تهريب حرف التحكم U+%1</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence</source>
        <translation>تسلسل بايتات UTF-8 غير صالح</translation>
    </message>
    <message>
        <source>\u must be followed by four hex digits</source>
        <translation>يجب أن يلي ‎\u أربعة أرقام ست عشرية</translation>
    </message>
    <message>
        <source>\u0000 is not allowed in strings</source>
        <translation>لا يُسمح بـ ‎\u0000 في السلاسل النصية</translation>
    </message>
    <message>
        <source>lone low surrogate escape</source>
        <translation>تهريب بديل منخفض منفرد</translation>
    </message>
    <message>
        <source>lone high surrogate escape</source>
        <translation>تهريب بديل مرتفع منفرد</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>تسلسل تهريب غير صالح</translation>
    </message>
    <message>
        <source>member name longer than %1 bytes</source>
        <translation>اسم عضو أطول من %1 بايت</translation>
    </message>
    <message>
        <source>string longer than %1 bytes</source>
        <translation>سلسلة نصية أطول من %1 بايت</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>رقم غير صالح</translation>
    </message>
    <message>
        <source>numbers must not have leading zeros</source>
        <translation>يجب ألا تبدأ الأرقام بأصفار</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the decimal point</source>
        <translation>رقم غير صالح: يجب أن تلي الفاصلةَ العشرية أرقام</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the exponent</source>
        <translation>رقم غير صالح: يجب أن تلي الأسَّ أرقام</translation>
    </message>
    <message>
        <source>integer out of the 64-bit range</source>
        <translation>عدد صحيح خارج نطاق 64 بت</translation>
    </message>
    <message>
        <source>number out of the range of a double</source>
        <translation>رقم خارج نطاق النوع double</translation>
    </message>
</context>
<context>
    <name>smec::replica</name>
    <message>
        <source>A %1 list has no year range.</source>
        <translation>لا تحتوي قائمة من نوع %1 على نطاق سنوات.</translation>
    </message>
    <message>
        <source>Only posts belong to a thread.</source>
        <translation>المشاركات وحدها هي التي تنتمي إلى سلسلة نقاش.</translation>
    </message>
    <message>
        <source>A %1 list has no meeting filter.</source>
        <translation>لا تحتوي قائمة من نوع %1 على عامل تصفية حسب الاجتماع.</translation>
    </message>
    <message>
        <source>Local database error (look up %1): %2</source>
        <translation>خطأ في قاعدة البيانات المحلية (البحث عن %1): %2</translation>
    </message>
    <message>
        <source>There is no record %1.</source>
        <translation>لا يوجد سجل %1.</translation>
    </message>
    <message>
        <source>There is no outbox entry %1.</source>
        <translation>لا يوجد عنصر %1 في صندوق الصادر.</translation>
    </message>
    <message>
        <source>Record %1 has no conflict.</source>
        <translation>لا يوجد تعارض في السجل %1.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is not available.</source>
        <translation>برنامج تشغيل SQLite الخاص بـ Qt غير متوفر.</translation>
    </message>
    <message>
        <source>The replica %1 could not switch to write-ahead logging.</source>
        <translation>تعذّر تحويل النسخة المحلية %1 إلى سجل الكتابة المسبقة (WAL).</translation>
    </message>
    <message>
        <source>The replica is not open.</source>
        <translation>النسخة المحلية غير مفتوحة.</translation>
    </message>
    <message>
        <source>Local database error (%1): %2</source>
        <translation>خطأ في قاعدة البيانات المحلية (%1): %2</translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation>تحتاج عملية البحث المحفوظة إلى اسم.</translation>
    </message>
    <message>
        <source>The saved search could not be read back.</source>
        <translation>تعذّرت إعادة قراءة عملية البحث المحفوظة.</translation>
    </message>
    <message>
        <source>The local database was written by a newer version of SME Community (schema %1, this version knows %2). Update the application.</source>
        <translation>كُتبت قاعدة البيانات المحلية بإصدار أحدث من SME Community (المخطط %1، وهذا الإصدار يعرف المخطط %2). حدّث التطبيق.</translation>
    </message>
    <message>
        <source>Migrating the local database to schema %1 failed: %2</source>
        <translation>فشل ترحيل قاعدة البيانات المحلية إلى المخطط %1: %2</translation>
    </message>
    <message>
        <source>Local database error (index queue).</source>
        <translation>خطأ في قاعدة البيانات المحلية (قائمة انتظار الفهرسة).</translation>
    </message>
    <message>
        <source>A %1 list cannot be counted by &quot;%2&quot;.</source>
        <translation>لا يمكن عدّ قائمة %1 حسب &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Field %1 of record %2 has no conflicting hunks.</source>
        <translation>لا يحتوي الحقل %1 من السجل %2 على مقاطع متعارضة.</translation>
    </message>
    <message>
        <source>Field %1 of record %2 has no hunk %3 (it has hunks 0 to %4).</source>
        <translation>لا يحتوي الحقل %1 من السجل %2 على المقطع %3 (مقاطعه من 0 إلى %4).</translation>
    </message>
    <message>
        <source>Full-text search is not available: %1 (%2).</source>
        <translation>البحث في النص الكامل غير متاح: %1 (%2).</translation>
    </message>
    <message>
        <source>Only initiatives invite countries.</source>
        <translation>المبادرات وحدها تدعو البلدان.</translation>
    </message>
</context>
<context>
    <name>smec::sync</name>
    <message>
        <source>The server answered %1 with a body that is not an API error.</source>
        <translation>أجاب الخادم بالرمز %1 بمحتوى ليس خطأً من واجهة البرمجة.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>أُلغيت المزامنة.</translation>
    </message>
    <message>
        <source>The server&apos;s health answer is not valid: %1</source>
        <translation>استجابة حالة الخادم غير صالحة: %1</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in answer is not valid: %1</source>
        <translation>استجابة تسجيل الدخول من الخادم غير صالحة: %1</translation>
    </message>
    <message>
        <source>The server&apos;s reference data is not valid: %1</source>
        <translation>البيانات المرجعية للخادم غير صالحة: %1</translation>
    </message>
    <message>
        <source>A change page from the server is not valid (%1).</source>
        <translation>صفحة تغييرات من الخادم غير صالحة (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s mutation results are not valid: %1</source>
        <translation>نتائج التعديلات التي أرسلها الخادم غير صالحة: %1</translation>
    </message>
    <message>
        <source>The server answered %1 results for %2 mutations.</source>
        <translation>أعاد الخادم %1 من النتائج مقابل %2 من التعديلات.</translation>
    </message>
    <message>
        <source>The server&apos;s change page and its X-Changes-Cursor header disagree.</source>
        <translation>صفحة التغييرات من الخادم لا تتطابق مع ترويستها X-Changes-Cursor.</translation>
    </message>
    <message>
        <source>The change feed ended without a last page.</source>
        <translation>انتهى تدفق التغييرات دون صفحة أخيرة.</translation>
    </message>
    <message>
        <source>The server answered mutation %1 where %2 was expected.</source>
        <translation>أجاب الخادم عن التعديل %1 بينما كان المتوقع %2.</translation>
    </message>
    <message>
        <source>The server applied mutation %1 to another record.</source>
        <translation>طبّق الخادم التعديل %1 على سجل آخر.</translation>
    </message>
    <message>
        <source>Cannot read the trusted CA file %1: %2</source>
        <translation>تعذّرت قراءة ملف جهات التصديق الموثوقة %1: %2</translation>
    </message>
    <message>
        <source>The trusted CA file %1 holds no PEM certificate.</source>
        <translation>لا يحتوي ملف جهات التصديق الموثوقة %1 على أي شهادة PEM.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than the client accepts.</source>
        <translation>استجابة الخادم أكبر مما يقبله العميل.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified: %1</source>
        <translation>تعذّر التحقق من شهادة الخادم: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>تعذّر الوصول إلى الخادم: %1</translation>
    </message>
    <message>
        <source>The connection to the server broke: %1</source>
        <translation>انقطع الاتصال بالخادم: %1</translation>
    </message>
    <message>
        <source>The server&apos;s list of revisions is not valid: %1</source>
        <translation>قائمة المراجعات الواردة من الخادم غير صالحة: %1</translation>
    </message>
    <message>
        <source>The server said more revisions follow but sent none.</source>
        <translation>أعلن الخادم عن مراجعات أخرى لكنه لم يرسل أيًّا منها.</translation>
    </message>
</context>
<context>
    <name>smec::sync::HistoryLoader</name>
    <message>
        <source>The server could not be reached (%1) and no history of this record is kept here.</source>
        <translation>تعذّر الوصول إلى الخادم (%1) ولا يوجد هنا سجل محفوظ لهذا السجل.</translation>
    </message>
    <message>
        <source>No history of this record is kept here, and there is no server to ask.</source>
        <translation>لا يوجد هنا سجل محفوظ لهذا السجل، ولا يوجد خادم يمكن سؤاله.</translation>
    </message>
</context>
<context>
    <name>smec::sync::ServerConnection</name>
    <message>
        <source>The profile %1 is not signed in to a server.</source>
        <translation>الملف الشخصي %1 غير متصل بأي خادم.</translation>
    </message>
    <message>
        <source>No token is stored.</source>
        <translation>لا يوجد رمز مميز محفوظ.</translation>
    </message>
</context>
</TS>
