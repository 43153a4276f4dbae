<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>CredentialStore</name>
    <message>
        <source>No saved sign-in was found. Sign in.</source>
        <translation>Сохранённый вход не найден. Войдите в систему.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the sign-in cannot be remembered. Install and unlock a keychain (for example GNOME Keyring or KWallet), or sign in each time.</source>
        <translation>На этом компьютере нет связки ключей, поэтому вход нельзя запомнить. Установите и разблокируйте связку ключей (например, GNOME Keyring или KWallet) или входите каждый раз заново.</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it and try again.</source>
        <translation>Связка ключей отказала в доступе. Разблокируйте её и повторите попытку.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Связка ключей сообщила об ошибке.</translation>
    </message>
</context>
<context>
    <name>ServerUrlPolicy</name>
    <message>
        <source>Enter the address of the server.</source>
        <translation>Введите адрес сервера.</translation>
    </message>
    <message>
        <source>This is not a valid server address. Use the form https://community.example.org.</source>
        <translation>Это недопустимый адрес сервера. Используйте формат https://community.example.org.</translation>
    </message>
    <message>
        <source>Only https:// server addresses are supported.</source>
        <translation>Поддерживаются только адреса серверов https://.</translation>
    </message>
    <message>
        <source>Unencrypted http:// is only allowed to this computer (localhost). Use https://.</source>
        <translation>Незашифрованный http:// разрешён только для этого компьютера (localhost). Используйте https://.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the server address.</source>
        <translation>Не указывайте имя пользователя и пароль в адресе сервера.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>«%1» не является целым числом.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«%1» не является числом.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false.</source>
        <translation>«%1» не является значением true или false.</translation>
    </message>
    <message>
        <source>csv, md (Markdown) or pdf.</source>
        <translation>csv, md (Markdown) или pdf.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Файл для записи.</translation>
    </message>
    <message>
        <source>Only practices of pillar P.</source>
        <translation>Только практики по направлению P.</translation>
    </message>
    <message>
        <source>Only practices of country ISO3.</source>
        <translation>Только практики страны ISO3.</translation>
    </message>
    <message>
        <source>export needs --format csv|md|pdf and --out FILE.</source>
        <translation>Для export нужны --format csv|md|pdf и --out FILE.</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;; use csv, md or pdf.</source>
        <translation>Неизвестный формат экспорта «%1»; используйте csv, md или pdf.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <source>Exported %1 practice(s) to %2.</source>
        <translation>Экспортировано практик: %1; файл: %2.</translation>
    </message>
    <message>
        <source>The CSV file: a header row of field names, one practice per row.</source>
        <translation>CSV-файл: строка заголовка с именами полей, по одной практике в строке.</translation>
    </message>
    <message>
        <source>Check every row and report; write nothing.</source>
        <translation>Проверить все строки и сообщить о результатах; ничего не записывать.</translation>
    </message>
    <message>
        <source>import needs --file PRACTICES.csv.</source>
        <translation>Для import нужен --file PRACTICES.csv.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save it as CSV UTF-8.</source>
        <translation>%1 не является текстом в UTF-8; сохраните его как CSV UTF-8.</translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header row of field names (title, summary, country, pillars...) and one practice per row.</source>
        <translation>%1 пуст: нужна строка заголовка с именами полей (title, summary, country, pillars...) и по одной практике в строке.</translation>
    </message>
    <message>
        <source>%1, line %2: column %3 &quot;%4&quot; is not a practice field that can be imported. Use the field names of the practice schema (title, summary, body, country, pillars, instrument...).</source>
        <translation>%1, строка %2: столбец %3 «%4» не является полем практики, которое можно импортировать. Используйте имена полей схемы практики (title, summary, body, country, pillars, instrument...).</translation>
    </message>
    <message>
        <source>%1: column &quot;%2&quot; appears twice.</source>
        <translation>%1: столбец «%2» встречается дважды.</translation>
    </message>
    <message>
        <source>%1 cells, but the header has %2 columns.</source>
        <translation>Ячеек: %1, а в заголовке столбцов: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record id; leave it empty.</source>
        <translation>«%1» не является идентификатором записи; оставьте поле пустым.</translation>
    </message>
    <message>
        <source>a record with this id already exists; change it with &quot;edit&quot; or leave the id empty.</source>
        <translation>запись с таким идентификатором уже существует; измените её командой «edit» или оставьте идентификатор пустым.</translation>
    </message>
    <message>
        <source>imported practices are drafts; leave the status empty or write draft, and submit them afterwards.</source>
        <translation>импортированные практики являются черновиками; оставьте статус пустым или укажите draft и подайте их позже.</translation>
    </message>
    <message>
        <source>%1, row %2 (line %3): %4</source>
        <translation>%1, запись %2 (строка %3): %4</translation>
    </message>
    <message>
        <source>%1, row %2 (line %3), field %4: %5</source>
        <translation>%1, запись %2 (строка %3), поле %4: %5</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 row(s) valid, %3 with problems; nothing was written.</source>
        <translation>Пробный запуск: допустимых строк %1 из %2, с ошибками %3; ничего не записано.</translation>
    </message>
    <message>
        <source>Cannot write the local database</source>
        <translation>Не удаётся записать локальную базу данных</translation>
    </message>
    <message>
        <source>Nothing was imported; the local database refused a row</source>
        <translation>Ничего не импортировано; локальная база данных отклонила строку</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <source>Imported %1 of %2 row(s) as drafts; %3 row(s) with problems were skipped (see above). The next sync sends the drafts.</source>
        <translation>Импортировано как черновики: %1 из %2 строк; строки с ошибками (%3) пропущены (см. выше). Черновики будут отправлены при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Imported %1 practice(s) as drafts; the next sync sends them.</source>
        <translation>Импортировано практик как черновики: %1; они будут отправлены при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use one of %2.</source>
        <translation>Неизвестный вид «%1»; используйте один из: %2.</translation>
    </message>
    <message>
        <source>Cannot read the local database</source>
        <translation>Не удаётся прочитать локальную базу данных</translation>
    </message>
    <message>
        <source>No record with id %1 in this profile; &quot;list&quot; and &quot;search&quot; show ids, &quot;sync&quot; fetches new records.</source>
        <translation>В этом профиле нет записи с идентификатором %1; «list» и «search» показывают идентификаторы, «sync» получает новые записи.</translation>
    </message>
    <message>
        <source>A %1 has no field %2. Its fields are: %3.</source>
        <translation>У записи вида %1 нет поля %2. Её поля: %3.</translation>
    </message>
    <message>
        <source>Nothing was saved; correct the fields above.</source>
        <translation>Ничего не сохранено; исправьте указанные выше поля.</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Не разрешено: %1</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Не удаётся сохранить</translation>
    </message>
    <message>
        <source>%1 is a %2; only practices are submitted and withdrawn.</source>
        <translation>%1 — это %2; подавать и отзывать можно только практики.</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 уже в статусе «%2».</translation>
    </message>
    <message>
        <source>Cannot move %1 from %2 to %3: %4</source>
        <translation>Не удаётся перевести %1 из статуса «%2» в «%3»: %4</translation>
    </message>
    <message>
        <source>Submitted %1; the next sync sends it for review.</source>
        <translation>%1 подана; при следующей синхронизации она будет отправлена на рассмотрение.</translation>
    </message>
    <message>
        <source>Withdrew %1 to draft; the next sync sends the change.</source>
        <translation>%1 возвращена в черновики; изменение будет отправлено при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Unknown pillar &quot;%1&quot;; use one of %2.</source>
        <translation>Неизвестное направление «%1»; используйте одно из: %2.</translation>
    </message>
    <message>
        <source>Unknown country code &quot;%1&quot;; use an ISO 3166-1 alpha-3 code such as KEN.</source>
        <translation>Неизвестный код страны «%1»; используйте трёхбуквенный код ISO 3166-1, например KEN.</translation>
    </message>
    <message>
        <source>A %1 has no status to filter on.</source>
        <translation>У записи вида %1 нет статуса для фильтрации.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot; for a %2; use one of %3.</source>
        <translation>Неизвестный статус «%1» для записи вида %2; используйте один из: %3.</translation>
    </message>
    <message>
        <source>Sign in first (&quot;login&quot;): joining, declining and leaving are done for your country.</source>
        <translation>Сначала войдите («login»): присоединение, отказ и выход выполняются от имени вашей страны.</translation>
    </message>
    <message>
        <source>Only a country&apos;s delegates join, decline or leave initiatives for it; you are signed in as %1.</source>
        <translation>Присоединяться к инициативам, отказываться от них или выходить из них от имени страны могут только её делегаты; вы вошли как %1.</translation>
    </message>
    <message>
        <source>%1 is a %2; countries join, decline and leave initiatives.</source>
        <translation>%1 — это %2; страны присоединяются к инициативам, отказываются от них и выходят из них.</translation>
    </message>
    <message>
        <source>%1 has already joined %2.</source>
        <translation>%1 уже присоединилась к %2.</translation>
    </message>
    <message>
        <source>%1 is not invited to %2; its lead country or the secretariat invites partners.</source>
        <translation>%1 не приглашена в %2; партнёров приглашает ведущая страна или секретариат.</translation>
    </message>
    <message>
        <source>%1 joined %2; the next sync sends it.</source>
        <translation>%1 присоединилась к %2; изменение будет отправлено при следующей синхронизации.</translation>
    </message>
    <message>
        <source>%1 has joined %2; use &quot;leave&quot; to take it out.</source>
        <translation>%1 присоединилась к %2; используйте «leave», чтобы выйти.</translation>
    </message>
    <message>
        <source>%1 is not invited to %2.</source>
        <translation>%1 не приглашена в %2.</translation>
    </message>
    <message>
        <source>%1 declined %2; the next sync sends it.</source>
        <translation>%1 отказалась от %2; изменение будет отправлено при следующей синхронизации.</translation>
    </message>
    <message>
        <source>%1 has not joined %2; use &quot;decline&quot; to refuse the invitation.</source>
        <translation>%1 не присоединилась к %2; используйте «decline», чтобы отклонить приглашение.</translation>
    </message>
    <message>
        <source>%1 is not a partner of %2.</source>
        <translation>%1 не является партнёром %2.</translation>
    </message>
    <message>
        <source>%1 left %2; the next sync sends it.</source>
        <translation>%1 вышла из %2; изменение будет отправлено при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Only records of pillar P (digital, finance, green).</source>
        <translation>Только записи по направлению P (digital, finance, green).</translation>
    </message>
    <message>
        <source>Only records of country ISO3 (alpha-3 code, e.g. KEN).</source>
        <translation>Только записи страны ISO3 (трёхбуквенный код, например KEN).</translation>
    </message>
    <message>
        <source>Only records in status S (draft, submitted, published...).</source>
        <translation>Только записи в статусе S (draft, submitted, published...).</translation>
    </message>
    <message>
        <source>Print one JSON document on standard output.</source>
        <translation>Вывести один JSON-документ в стандартный вывод.</translation>
    </message>
    <message>
        <source>Only commitments or threads of meeting ID.</source>
        <translation>Только обязательства или темы встречи ID.</translation>
    </message>
    <message>
        <source>Say what to count by with --by, e.g. --by pillar.</source>
        <translation>Укажите, по какому признаку считать, с помощью --by, например --by pillar.</translation>
    </message>
    <message>
        <source>Cannot count</source>
        <translation>Не удаётся выполнить подсчёт</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>%1 record(s) in all; one with several values counts under each.</source>
        <translation>Всего записей: %1; запись с несколькими значениями учитывается в каждом из них.</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>Ошибка поиска</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Ничего не найдено по запросу «%1».</translation>
    </message>
    <message>
        <source>id:       %1</source>
        <translation>id:        %1</translation>
    </message>
    <message>
        <source>kind:     %1</source>
        <translation>вид:       %1</translation>
    </message>
    <message>
        <source>rev:      %1</source>
        <translation>ревизия:   %1</translation>
    </message>
    <message>
        <source>state:    %1</source>
        <translation>состояние: %1</translation>
    </message>
    <message>
        <source>updated:  %1</source>
        <translation>изменено:  %1</translation>
    </message>
    <message>
        <source>rejected: %1 (%2)</source>
        <translation>отклонено: %1 (%2)</translation>
    </message>
    <message>
        <source>JSON object of fields (&quot;-&quot; reads standard input).</source>
        <translation>JSON-объект полей («-» читает стандартный ввод).</translation>
    </message>
    <message>
        <source>create needs --file FIELDS.json.</source>
        <translation>Для create нужен --file FIELDS.json.</translation>
    </message>
    <message>
        <source>Set FIELD to VALUE (JSON when it parses, else text); repeatable.</source>
        <translation>Присвоить полю FIELD значение VALUE (JSON, если разбирается, иначе текст); можно повторять.</translation>
    </message>
    <message>
        <source>JSON object of the fields to replace (&quot;-&quot; reads standard input).</source>
        <translation>JSON-объект заменяемых полей («-» читает стандартный ввод).</translation>
    </message>
    <message>
        <source>edit needs either --set FIELD=VALUE (repeatable) or --file FIELDS.json.</source>
        <translation>Для edit нужен либо --set FIELD=VALUE (можно повторять), либо --file FIELDS.json.</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, for example --set start_year=2020; got &quot;%1&quot;.</source>
        <translation>--set принимает FIELD=VALUE, например --set start_year=2020; получено «%1».</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <source>Saved %1; the next sync sends it.</source>
        <translation>%1 сохранена; изменение будет отправлено при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Not signed in. Sign in first: smecommunity-cli --profile %1 login --server URL --username NAME --password-stdin</source>
        <translation>Вход не выполнен. Сначала войдите: smecommunity-cli --profile %1 login --server URL --username NAME --password-stdin</translation>
    </message>
    <message>
        <source>The server address of this profile cannot be used</source>
        <translation>Адрес сервера в этом профиле нельзя использовать</translation>
    </message>
    <message>
        <source>Not signed in: %1 Sign in again with login.</source>
        <translation>Вход не выполнен: %1 Войдите снова командой login.</translation>
    </message>
    <message>
        <source>Cannot use the trusted CA file of this profile</source>
        <translation>Не удаётся использовать файл доверенного ЦС этого профиля</translation>
    </message>
    <message>
        <source>The server %1 no longer accepts this sign-in (%2). Sign in again with login.</source>
        <translation>Сервер %1 больше не принимает этот вход (%2). Войдите снова командой login.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). If the server uses a private certificate authority, sign in again with --ca-cert FILE.</source>
        <translation>Не удалось установить защищённое соединение с %1 (%2). Если сервер использует частный центр сертификации, войдите снова с --ca-cert FILE.</translation>
    </message>
    <message>
        <source>%2 (%1). Your local edits are kept; run sync again later.</source>
        <translation>%2 (%1). Ваши локальные изменения сохранены; запустите sync позже.</translation>
    </message>
    <message>
        <source>The sync with %1 failed: %2</source>
        <translation>Синхронизация с %1 не удалась: %2</translation>
    </message>
    <message>
        <source>Server address (https://..., or http:// on this computer only).</source>
        <translation>Адрес сервера (https://... или http:// только для этого компьютера).</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Имя пользователя.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Прочитать пароль из стандартного ввода.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in FILE (PEM).</source>
        <translation>Также доверять центрам сертификации из FILE (PEM).</translation>
    </message>
    <message>
        <source>Keep the token in DIR/token (mode 0600) instead of the keychain.</source>
        <translation>Хранить токен в DIR/token (режим 0600), а не в связке ключей.</translation>
    </message>
    <message>
        <source>login needs --server URL and --username U.</source>
        <translation>Для login нужны --server URL и --username U.</translation>
    </message>
    <message>
        <source>login reads the password from standard input only, so that it never shows in the process list: pass --password-stdin, for example printf &apos;%s&apos; &quot;$PASSWORD&quot; | smecommunity-cli login ... --password-stdin</source>
        <translation>login читает пароль только из стандартного ввода, чтобы он никогда не появлялся в списке процессов: укажите --password-stdin, например printf &apos;%s&apos; &quot;$PASSWORD&quot; | smecommunity-cli login ... --password-stdin</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate file %1.</source>
        <translation>Не удаётся прочитать файл сертификата ЦС %1.</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>В стандартном вводе нет пароля.</translation>
    </message>
    <message>
        <source>The server refused the user name or password for &quot;%1&quot;. Check them and try again.</source>
        <translation>Сервер отклонил имя пользователя или пароль для «%1». Проверьте их и повторите попытку.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for &quot;%1&quot;: %2 Wait a little and try again.</source>
        <translation>Слишком много неудачных попыток входа для «%1»: %2 Подождите немного и повторите попытку.</translation>
    </message>
    <message>
        <source>The server accepted the sign-in, but the token cannot be kept in the system keychain: %1
Not signed in. To keep the token in a file only you can read (mode 0600) in the profile instead, sign in again with --token-file.</source>
        <translation>Сервер принял вход, но токен нельзя сохранить в системной связке ключей: %1
Вход не выполнен. Чтобы хранить токен в файле профиля, доступном для чтения только вам (режим 0600), войдите снова с --token-file.</translation>
    </message>
    <message>
        <source>Cannot use the server address &quot;%1&quot;</source>
        <translation>Нельзя использовать адрес сервера «%1»</translation>
    </message>
    <message>
        <source>Cannot sign in at %1: %2</source>
        <translation>Не удаётся войти на %1: %2</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Ошибка входа</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3, %4). The token is kept %5.</source>
        <translation>Выполнен вход на %1 как %2 (%3, %4). Токен хранится %5.</translation>
    </message>
    <message>
        <source>in %1 (readable by you only)</source>
        <translation>в %1 (доступен для чтения только вам)</translation>
    </message>
    <message>
        <source>in the system keychain</source>
        <translation>в системной связке ключей</translation>
    </message>
    <message>
        <source>Not signed in; nothing to do.</source>
        <translation>Вход не выполнен; делать нечего.</translation>
    </message>
    <message>
        <source>Could not revoke the token on %1 (%2); it is forgotten here and expires on the server by itself.</source>
        <translation>Не удалось отозвать токен на %1 (%2); здесь он удалён, а на сервере истечёт сам.</translation>
    </message>
    <message>
        <source>Cannot save the profile</source>
        <translation>Не удаётся сохранить профиль</translation>
    </message>
    <message>
        <source>Signed out, but the token could not be removed from the keychain: %1</source>
        <translation>Выход выполнен, но токен не удалось удалить из связки ключей: %1</translation>
    </message>
    <message>
        <source>Signed out of %1. Local records stay in the profile.</source>
        <translation>Выполнен выход из %1. Локальные записи остаются в профиле.</translation>
    </message>
    <message>
        <source>Sending local edits: %1 of %2</source>
        <translation>Отправка локальных изменений: %1 из %2</translation>
    </message>
    <message>
        <source>Receiving changes: %1 of about %2</source>
        <translation>Получение изменений: %1 из примерно %2</translation>
    </message>
    <message>
        <source>Receiving changes: %1</source>
        <translation>Получение изменений: %1</translation>
    </message>
    <message>
        <source>Synced with %1: %2 received, %3 sent.</source>
        <translation>Синхронизировано с %1: получено %2, отправлено %3.</translation>
    </message>
    <message>
        <source>%1 record(s) changed both here and on the server: see them with &quot;conflicts&quot; and settle each with &quot;resolve ID --take mine|theirs&quot;.</source>
        <translation>Записей, изменённых и здесь, и на сервере: %1. Просмотрите их командой «conflicts» и разрешите каждую командой «resolve ID --take mine|theirs».</translation>
    </message>
    <message>
        <source>The server rejected %1 edit(s); &quot;status&quot; and &quot;show ID&quot; tell why. Edit the record again to send a corrected version.</source>
        <translation>Сервер отклонил изменений: %1; «status» и «show ID» объясняют причину. Измените запись ещё раз, чтобы отправить исправленную версию.</translation>
    </message>
    <message>
        <source>Server:     %1 (signed in as %2)</source>
        <translation>Сервер:       %1 (вход как %2)</translation>
    </message>
    <message>
        <source>Server:     none (not signed in)</source>
        <translation>Сервер:       нет (вход не выполнен)</translation>
    </message>
    <message>
        <source>Last sync:  %1</source>
        <translation>Синхронизация: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Pending:    %1</source>
        <translation>Ожидают:      %1</translation>
    </message>
    <message>
        <source>Conflicts:  %1</source>
        <translation>Конфликты:    %1</translation>
    </message>
    <message>
        <source>Rejected:   %1</source>
        <translation>Отклонено:    %1</translation>
    </message>
    <message>
        <source>  %1: %2 (%3)</source>
        <translation>  %1: %2 (%3)</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Конфликтов нет.</translation>
    </message>
    <message>
        <source>  deleted here, changed on the server</source>
        <translation>  удалено здесь, изменено на сервере</translation>
    </message>
    <message>
        <source>  deleted on the server, changed here</source>
        <translation>  удалено на сервере, изменено здесь</translation>
    </message>
    <message>
        <source>    hunk %1</source>
        <translation>    фрагмент %1</translation>
    </message>
    <message>
        <source>      base:   %1</source>
        <translation>      база:   %1</translation>
    </message>
    <message>
        <source>      mine:   %1</source>
        <translation>      мои:    %1</translation>
    </message>
    <message>
        <source>      theirs: %1</source>
        <translation>      сервер: %1</translation>
    </message>
    <message>
        <source>    base:   %1</source>
        <translation>    база:   %1</translation>
    </message>
    <message>
        <source>    mine:   %1</source>
        <translation>    мои:    %1</translation>
    </message>
    <message>
        <source>    theirs: %1</source>
        <translation>    сервер: %1</translation>
    </message>
    <message>
        <source>mine: your values for the conflicting fields (changes made only on the server are kept); theirs: the server&apos;s version as it is.</source>
        <translation>mine: ваши значения конфликтующих полей (изменения, сделанные только на сервере, сохраняются); theirs: версия сервера как есть.</translation>
    </message>
    <message>
        <source>A field to give a value of your own (repeatable).</source>
        <translation>Поле, которому задаётся ваше значение (можно повторять).</translation>
    </message>
    <message>
        <source>With one --field and --take mine|theirs|both: resolves only hunk N of that text field (both: mine, then theirs). The record leaves the conflict state with its last hunk.</source>
        <translation>С одним --field и --take mine|theirs|both: разрешает только фрагмент N этого текстового поля (both: сначала мой, затем серверный). Запись выходит из состояния конфликта с последним фрагментом.</translation>
    </message>
    <message>
        <source>The value of the matching --field: JSON when it parses, else text. Other fields are resolved as with --take mine.</source>
        <translation>Значение соответствующего --field: JSON, если разбирается, иначе текст. Остальные поля разрешаются как при --take mine.</translation>
    </message>
    <message>
        <source>resolve --hunk needs one --field F, a hunk number N and --take mine|theirs|both.</source>
        <translation>Для resolve --hunk нужны один --field F, номер фрагмента N и --take mine|theirs|both.</translation>
    </message>
    <message>
        <source>No conflict for %1; &quot;conflicts&quot; lists them.</source>
        <translation>Для %1 нет конфликта; «conflicts» показывает список конфликтов.</translation>
    </message>
    <message>
        <source>%1 has no hunk %2 in field &quot;%3&quot;; &quot;conflicts&quot; lists them.</source>
        <translation>У %1 нет фрагмента %2 в поле «%3»; «conflicts» показывает их список.</translation>
    </message>
    <message>
        <source>Cannot resolve the conflict</source>
        <translation>Не удаётся разрешить конфликт</translation>
    </message>
    <message>
        <source>Resolved the last hunk of %1; it is sent by the next sync.</source>
        <translation>Разрешён последний фрагмент %1; запись будет отправлена при следующей синхронизации.</translation>
    </message>
    <message numerus="yes">
        <source>Resolved hunk %1 of %2; %n left to resolve.</source>
        <translation>
            <numerusform>Фрагмент %1 записи %2 разрешён; осталось разрешить %n.</numerusform>
            <numerusform>Фрагмент %1 записи %2 разрешён; осталось разрешить %n.</numerusform>
            <numerusform>Фрагмент %1 записи %2 разрешён; осталось разрешить %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>resolve needs either --take mine|theirs or --field F --value V.</source>
        <translation>Для resolve нужен либо --take mine|theirs, либо --field F --value V.</translation>
    </message>
    <message>
        <source>Give one --value for each --field.</source>
        <translation>Укажите по одному --value для каждого --field.</translation>
    </message>
    <message>
        <source>--take is either mine or theirs, not &quot;%1&quot;.</source>
        <translation>--take принимает mine или theirs, а не «%1».</translation>
    </message>
    <message>
        <source>Took the server&apos;s version of %1; your edit is dropped.</source>
        <translation>Принята версия сервера для %1; ваше изменение отброшено.</translation>
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation>Не удаётся удалить %1</translation>
    </message>
    <message>
        <source>Kept your deletion of %1; it is sent by the next sync.</source>
        <translation>Ваше удаление %1 сохранено; оно будет отправлено при следующей синхронизации.</translation>
    </message>
    <message>
        <source>A %1 has no field &quot;%2&quot;.</source>
        <translation>У записи вида %1 нет поля «%2».</translation>
    </message>
    <message>
        <source>The conflict is not resolved; fix the values above.</source>
        <translation>Конфликт не разрешён; исправьте указанные выше значения.</translation>
    </message>
    <message>
        <source>Kept your version of %1; it is sent by the next sync.</source>
        <translation>Ваша версия %1 сохранена; она будет отправлена при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Resolved %1 with your values; it is sent by the next sync.</source>
        <translation>Конфликт %1 разрешён с вашими значениями; запись будет отправлена при следующей синхронизации.</translation>
    </message>
    <message>
        <source>The file ends inside a quoted cell that starts on line %1.</source>
        <translation>Файл заканчивается внутри ячейки в кавычках, которая начинается в строке %1.</translation>
    </message>
    <message>
        <source>Signs in and remembers the server and user in the profile. The password is read from standard input. The token is kept in the system keychain, or with --token-file in a file only you can read (mode 0600) in the profile.</source>
        <translation>Выполняет вход и запоминает сервер и пользователя в профиле. Пароль читается из стандартного ввода. Токен хранится в системной связке ключей или, с --token-file, в файле профиля, доступном для чтения только вам (режим 0600).</translation>
    </message>
    <message>
        <source>Signs out: revokes the token on the server when it can be reached and always forgets it locally. Local records stay.</source>
        <translation>Выполняет выход: отзывает токен на сервере, если он доступен, и всегда удаляет его локально. Локальные записи сохраняются.</translation>
    </message>
    <message>
        <source>Sends local edits to the server and fetches what changed there. Exits with 6 when conflicts or rejected edits remain.</source>
        <translation>Отправляет локальные изменения на сервер и получает изменения с сервера. Завершается с кодом 6, если остаются конфликты или отклонённые изменения.</translation>
    </message>
    <message>
        <source>Shows pending edits, conflicts, rejected edits, the last sync and the server.</source>
        <translation>Показывает ожидающие изменения, конфликты, отклонённые изменения, последнюю синхронизацию и сервер.</translation>
    </message>
    <message>
        <source>Lists records of one kind (practice, thread, post, meeting, commitment, initiative), newest first, optionally filtered. For initiatives, --country matches the lead and the partner countries.</source>
        <translation>Перечисляет записи одного вида (practice, thread, post, meeting, commitment, initiative), новые первыми, с необязательными фильтрами. Для инициатив --country соответствует ведущей стране и странам-партнёрам.</translation>
    </message>
    <message>
        <source>Counts records of one kind (practices, commitments...) by pillar, region, country, status, instrument, target group, evidence level, start year or meeting; the same filters give the same records as &quot;list&quot;.</source>
        <translation>Подсчитывает записи одного вида (практики, обязательства...) по направлению, региону, стране, статусу, инструменту, целевой группе, уровню доказательности, году начала или встрече; те же фильтры дают те же записи, что и «list».</translation>
    </message>
    <message>
        <source>Full-text search over practices and posts, best match first.</source>
        <translation>Полнотекстовый поиск по практикам и сообщениям, лучшие совпадения первыми.</translation>
    </message>
    <message>
        <source>Shows one record with all its fields.</source>
        <translation>Показывает одну запись со всеми её полями.</translation>
    </message>
    <message>
        <source>Creates a record from a JSON object of fields (&quot;-&quot; reads standard input) and prints its id. Sent by the next sync.</source>
        <translation>Создаёт запись из JSON-объекта полей («-» читает стандартный ввод) и печатает её идентификатор. Отправляется при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Changes fields of a record. --set values are JSON when they parse as JSON (--set &apos;pillars=[&quot;green&quot;]&apos;, --set start_year=2020) and text otherwise; --file replaces the fields it names. Sent by the next sync.</source>
        <translation>Изменяет поля записи. Значения --set считаются JSON, если разбираются как JSON (--set &apos;pillars=[&quot;green&quot;]&apos;, --set start_year=2020), и текстом в противном случае; --file заменяет перечисленные в нём поля. Отправляется при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Submits a practice for review, after checking every field a submission needs. Sent by the next sync.</source>
        <translation>Отправляет практику на рассмотрение после проверки всех полей, необходимых для подачи. Отправляется при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Takes a submitted practice back to draft. Sent by the next sync.</source>
        <translation>Возвращает поданную практику в черновики. Отправляется при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Accepts the invitation of your country to a joint initiative: your country becomes a partner and its delegates can edit the initiative. Sent by the next sync.</source>
        <translation>Принимает приглашение вашей стране присоединиться к совместной инициативе: ваша страна становится партнёром, и её делегаты могут редактировать инициативу. Отправляется при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Declines the invitation of your country to a joint initiative. Sent by the next sync.</source>
        <translation>Отклоняет приглашение вашей стране присоединиться к совместной инициативе. Отправляется при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Takes your country out of a joint initiative it joined. Sent by the next sync.</source>
        <translation>Выводит вашу страну из совместной инициативы, к которой она присоединилась. Отправляется при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Creates draft practices from a CSV file: a header row of field names (title, summary, country, pillars...), then one practice per row; list values are separated by &quot;;&quot;. Every row is checked first and each problem reported with its row and field; then all valid rows are saved in one transaction. --dry-run only checks.</source>
        <translation>Создаёт черновики практик из CSV-файла: строка заголовка с именами полей (title, summary, country, pillars...), затем по одной практике в строке; значения списков разделяются символом «;». Сначала проверяется каждая строка и сообщается о каждой проблеме с указанием строки и поля; затем все допустимые строки сохраняются в одной транзакции. --dry-run только проверяет.</translation>
    </message>
    <message>
        <source>Lists records changed both here and on the server, field by field.</source>
        <translation>Перечисляет записи, изменённые и здесь, и на сервере, поле за полем.</translation>
    </message>
    <message>
        <source>Resolves a conflict: keep your version, take the server&apos;s, or give the value of named fields (JSON when it parses, text otherwise) and keep yours for the rest, or settle one hunk of a text field. Sent by the next sync.</source>
        <translation>Разрешает конфликт: сохранить вашу версию, принять версию сервера, задать значения отдельных полей (JSON, если разбирается, иначе текст) и сохранить ваши для остальных или разрешить один фрагмент текстового поля. Отправляется при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Use the profile in DIR (default: the desktop app&apos;s).</source>
        <translation>Использовать профиль в DIR (по умолчанию: профиль настольного приложения).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Usage: smecommunity-cli [--profile DIR] %1 %2

</source>
        <translation>Использование: smecommunity-cli [--profile DIR] %1 %2

</translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation>Параметры:
</translation>
    </message>
    <message>
        <source>Usage: smecommunity-cli [--profile DIR] COMMAND [options]

</source>
        <translation>Использование: smecommunity-cli [--profile DIR] COMMAND [options]

</translation>
    </message>
    <message>
        <source>Command-line client of the Global SME Ministerial Community Platform. It works on the same profile as the desktop app (replica, settings, sign-in) and offline for everything but login, logout and sync.</source>
        <translation>Клиент командной строки Глобальной платформы министерского сообщества по вопросам МСП. Работает с тем же профилем, что и настольное приложение (реплика, настройки, вход), и автономно для всех команд, кроме login, logout и sync.</translation>
    </message>
    <message>
        <source>
Commands:
</source>
        <translation>
Команды:
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
Общие параметры:
  --profile DIR   Использовать профиль в DIR (по умолчанию: %1)
  -h, --help      Показать эту справку; «help COMMAND» или «COMMAND --help» — справка по одной команде.
  --version       Показать версию.

</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 2 usage, 3 not found or invalid input, 4 server unreachable or unavailable, 5 not signed in or credentials refused, 6 sync done but conflicts or rejections remain.</source>
        <translation>Коды завершения: 0 — успех, 2 — неверное использование, 3 — не найдено или недопустимые данные, 4 — сервер недоступен, 5 — вход не выполнен или учётные данные отклонены, 6 — синхронизация выполнена, но остаются конфликты или отклонённые изменения.</translation>
    </message>
    <message>
        <source>Try &quot;smecommunity-cli %1 --help&quot;.
</source>
        <translation>Попробуйте «smecommunity-cli %1 --help».
</translation>
    </message>
    <message>
        <source>Try &quot;smecommunity-cli --help&quot;.
</source>
        <translation>Попробуйте «smecommunity-cli --help».
</translation>
    </message>
    <message>
        <source>--profile needs a folder.</source>
        <translation>Для --profile нужна папка.</translation>
    </message>
    <message>
        <source>This is free software: you are free to change and redistribute it. There is NO WARRANTY, to the extent permitted by law.</source>
        <translation>Это свободное программное обеспечение: вы можете изменять и распространять его. НИКАКИХ ГАРАНТИЙ в пределах, допускаемых законом.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; before the command.</source>
        <translation>Неизвестный параметр «%1» перед командой.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Команда не указана.</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>Для %1 нужно %2.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Неожиданный аргумент «%1».</translation>
    </message>
    <message>
        <source>Count by B: %1 (practices); %2 (commitments).</source>
        <translation>Подсчёт по B: %1 (практики); %2 (обязательства).</translation>
    </message>
    <message>
        <source>The server has no record %1 that you may see.</source>
        <translation>На сервере нет записи %1, доступной вам.</translation>
    </message>
    <message>
        <source>Offline: the server could not be reached (%1); showing the history kept here from an earlier fetch, which may lack the newest revisions.</source>
        <translation>Нет связи: сервер недоступен (%1); показана история, сохранённая здесь при прошлом запросе, в ней может не быть последних версий.</translation>
    </message>
    <message>
        <source>Offline: not signed in; showing the history kept here from an earlier fetch, which may lack the newest revisions.</source>
        <translation>Нет связи: вход не выполнен; показана история, сохранённая здесь при прошлом запросе, в ней может не быть последних версий.</translation>
    </message>
    <message>
        <source>--%1 needs a revision number (see &quot;history&quot;), not &quot;%2&quot;.</source>
        <translation>--%1 требует номер версии (см. «history»), а не «%2».</translation>
    </message>
    <message>
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>no field changed</source>
        <translation>поля не изменены</translation>
    </message>
    <message>
        <source>first listed: %1</source>
        <translation>впервые в списке: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>изменено: %1</translation>
    </message>
    <message>
        <source>No revision of %1 is visible to you.</source>
        <translation>Ни одна версия %1 вам не доступна.</translation>
    </message>
    <message>
        <source>The older revision.</source>
        <translation>Более ранняя версия.</translation>
    </message>
    <message>
        <source>The newer revision.</source>
        <translation>Более поздняя версия.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Вывести JSON вместо текста.</translation>
    </message>
    <message>
        <source>diff needs --from REV and --to REV (see &quot;history&quot;).</source>
        <translation>diff требует --from REV и --to REV (см. «history»).</translation>
    </message>
    <message>
        <source>%1 has no revision %2 that you may see; &quot;history %1&quot; lists them.</source>
        <translation>У %1 нет доступной вам версии %2; «history %1» покажет список.</translation>
    </message>
    <message>
        <source>No field differs between revisions %1 and %2.</source>
        <translation>Версии %1 и %2 не различаются ни в одном поле.</translation>
    </message>
    <message>
        <source>The kind to export: practice (default), thread, post, meeting, commitment, initiative.</source>
        <translation>Тип для экспорта: practice (по умолчанию), thread, post, meeting, commitment, initiative.</translation>
    </message>
    <message>
        <source>Exported %1 record(s) of kind %2 to %3.</source>
        <translation>Экспортировано записей типа %2: %1, в файл %3.</translation>
    </message>
    <message>
        <source>The revision to restore (see &quot;history&quot;).</source>
        <translation>Версия для восстановления (см. «history»).</translation>
    </message>
    <message>
        <source>restore needs --rev REV, a revision number from &quot;history&quot;.</source>
        <translation>restore требует --rev REV, номер версии из «history».</translation>
    </message>
    <message>
        <source>%1 has no revision %2 with content that you may see; &quot;history %1&quot; lists them.</source>
        <translation>У %1 нет доступной вам версии %2 с содержимым; «history %1» покажет список.</translation>
    </message>
    <message>
        <source>%1 already has the content of revision %2; nothing to restore.</source>
        <translation>У %1 уже содержимое версии %2; восстанавливать нечего.</translation>
    </message>
    <message>
        <source>Restored the content of revision %1 as a local edit of %2 (its status is kept); the next sync sends it.</source>
        <translation>Содержимое версии %1 восстановлено как локальная правка %2 (статус сохранён); её отправит следующая синхронизация.</translation>
    </message>
    <message>
        <source>Lists the revisions of a record you may see, newest first: rev, who, when, which fields changed. Asks the server and keeps the answer; offline, shows what was kept and says so.</source>
        <translation>Показывает доступные вам версии записи, новые сверху: номер, автор, время, изменённые поля. Запрашивает сервер и сохраняет ответ; без связи показывает сохранённое и сообщает об этом.</translation>
    </message>
    <message>
        <source>Shows what changed between two revisions of a record, field by field and word by word: [-deleted-] and {+inserted+}.</source>
        <translation>Показывает, что изменилось между двумя версиями записи, по полям и по словам: [-удалено-] и {+вставлено+}.</translation>
    </message>
    <message>
        <source>Makes the content of an earlier revision the record&apos;s content again, as an ordinary local edit (its status and other workflow fields are kept). Sent by the next sync.</source>
        <translation>Делает содержимое более ранней версии снова содержимым записи, как обычную локальную правку (статус и другие поля процесса сохраняются). Отправляется при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Exports practices (or the records of another kind, --kind) to CSV, Markdown or PDF.</source>
        <translation>Экспортирует практики (или записи другого типа, --kind) в CSV, Markdown или PDF.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client of the Global SME Ministerial Community Platform.</source>
        <translation>Настольный клиент Глобальной платформы министерского сообщества по вопросам МСП.</translation>
    </message>
    <message>
        <source>Use the profile in DIR (replica, settings, sign-in).</source>
        <translation>Использовать профиль в DIR (реплика, настройки, вход).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Override the user interface language.</source>
        <translation>Задать язык интерфейса.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Fill an empty profile with demo content and work offline.</source>
        <translation>Заполнить пустой профиль демонстрационными данными и работать автономно.</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VIEW</translation>
    </message>
    <message>
        <source>Demo secretariat</source>
        <translation>Демонстрационный секретариат</translation>
    </message>
    <message>
        <source>SME Community</source>
        <translation>Сообщество МСП</translation>
    </message>
    <message>
        <source>Open the window on VIEW: %1, country:ISO3 (a country&apos;s profile) or compare:ISO3,ISO3[,...] (two to four countries side by side).</source>
        <translation>Открыть окно в представлении VIEW: %1, country:ISO3 (профиль страны) или compare:ISO3,ISO3[,...] (от двух до четырёх стран рядом).</translation>
    </message>
</context>
<context>
    <name>smec::cli::Context</name>
    <message>
        <source>Cannot open the local database %1: %2</source>
        <translation>Не удаётся открыть локальную базу данных %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3).</source>
        <translation>%1 не является допустимым JSON (байт %2: %3).</translation>
    </message>
    <message>
        <source>%1 must hold one JSON object of fields, like {&quot;title&quot;: &quot;...&quot;}.</source>
        <translation>%1 должен содержать один JSON-объект полей, например {&quot;title&quot;: &quot;...&quot;}.</translation>
    </message>
</context>
<context>
    <name>smec::datagen::DemoData</name>
    <message>
        <source>The demo data set is missing from this build (%1).</source>
        <translation>В этой сборке нет демонстрационного набора данных (%1).</translation>
    </message>
    <message>
        <source>The demo data is not a JSON object: %1.</source>
        <translation>Демонстрационные данные не являются JSON-объектом: %1.</translation>
    </message>
    <message>
        <source>Expected a list of %1.</source>
        <translation>Ожидался список %1.</translation>
    </message>
    <message>
        <source>Not a canonical record id: &quot;%1&quot;.</source>
        <translation>Не канонический идентификатор записи: «%1».</translation>
    </message>
    <message>
        <source>Duplicate record id %1.</source>
        <translation>Повторяющийся идентификатор записи %1.</translation>
    </message>
    <message>
        <source>Expected kind &quot;%1&quot; in the list %2.</source>
        <translation>В списке %2 ожидался вид «%1».</translation>
    </message>
    <message>
        <source>Expected an object of fields.</source>
        <translation>Ожидался объект полей.</translation>
    </message>
    <message>
        <source>Not a demo user.</source>
        <translation>Не демонстрационный пользователь.</translation>
    </message>
    <message>
        <source>The thread is not in the demo data.</source>
        <translation>Этой темы нет в демонстрационных данных.</translation>
    </message>
    <message>
        <source>A reply must follow the post it answers in the demo data.</source>
        <translation>В демонстрационных данных ответ должен следовать за сообщением, на которое он отвечает.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::AboutDialog</name>
    <message>
        <source>About SME Community</source>
        <translation>О программе «Сообщество МСП»</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SME Community %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The desktop client of the Global SME Ministerial Community Platform: document SME policy practices, learn from peers, and follow up ministerial meetings and commitments.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Сообщество МСП %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Настольный клиент Глобальной платформы министерского сообщества по вопросам МСП: документируйте успешные практики политики в области МСП, учитесь у коллег и отслеживайте министерские встречи и обязательства.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SME Community is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version (%2). It comes with NO WARRANTY, to the extent permitted by law.</source>
        <translation>«Сообщество МСП» — свободное программное обеспечение: вы можете распространять и/или изменять его на условиях &lt;a href=&quot;%1&quot;&gt;Стандартной общественной лицензии GNU&lt;/a&gt; версии 3 или (по вашему выбору) любой более поздней версии (%2). Оно предоставляется БЕЗ КАКИХ-ЛИБО ГАРАНТИЙ в пределах, допускаемых законом.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Third-party components</source>
        <translation>Сторонние компоненты</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>LGPL-3.0; Qt HTTP Server and Qt Charts: GPL-3.0</source>
        <translation>LGPL-3.0; Qt HTTP Server и Qt Charts: GPL-3.0</translation>
    </message>
    <message>
        <source>user interface, networking and databases (desktop, CLI and server)</source>
        <translation>интерфейс, сеть и базы данных (настольное приложение, CLI и сервер)</translation>
    </message>
    <message>
        <source>Markdown highlighting in the editor (desktop, where installed)</source>
        <translation>подсветка Markdown в редакторе (настольное приложение, если установлено)</translation>
    </message>
    <message>
        <source>keeping the sign-in in the system keychain (desktop and CLI)</source>
        <translation>хранение входа в системной связке ключей (настольное приложение и CLI)</translation>
    </message>
    <message>
        <source>password hashing (server)</source>
        <translation>хеширование паролей (сервер)</translation>
    </message>
    <message>
        <source>line diffs for merging text edited on two computers (desktop and CLI)</source>
        <translation>построчные различия для слияния текста, изменённого на двух компьютерах (настольное приложение и CLI)</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>общественное достояние</translation>
    </message>
    <message>
        <source>the local replica, and the server&apos;s database on a single machine</source>
        <translation>локальная реплика и база данных сервера на одной машине</translation>
    </message>
</context>
<context>
    <name>smec::desktop::Application</name>
    <message>
        <source>The user name or password is not right.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>Signed in, but this computer has no keychain to keep the sign-in safely, so it was not kept. Start a keychain (for example GNOME Keyring or KWallet) and sign in again, or work offline.</source>
        <translation>Вход выполнен, но на этом компьютере нет связки ключей для безопасного хранения входа, поэтому он не сохранён. Запустите связку ключей (например, GNOME Keyring или KWallet) и войдите снова или работайте автономно.</translation>
    </message>
    <message>
        <source>You (offline)</source>
        <translation>Вы (автономно)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Файлы %1 (*.%2)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s) to %1.</source>
        <translation>
            <numerusform>Экспортирована %Ln запись в %1.</numerusform>
            <numerusform>Экспортировано %Ln записи в %1.</numerusform>
            <numerusform>Экспортировано %Ln записей в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Сохранить поиск</translation>
    </message>
    <message>
        <source>Name of the search:</source>
        <translation>Название поиска:</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) to %1</source>
        <translation>
            <numerusform>%n приглашение для %1</numerusform>
            <numerusform>%n приглашения для %1</numerusform>
            <numerusform>%n приглашений для %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::Charts</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
        <source>Save the chart as .png or .pdf.</source>
        <translation>Сохраните диаграмму в формате .png или .pdf.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Сохранить диаграмму</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>Изображение PNG (*.png);;Документ PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>smec::desktop::ComparePage</name>
    <message>
        <source>Choose at least two different countries.</source>
        <translation>Выберите хотя бы две разные страны.</translation>
    </message>
    <message>
        <source>Cannot count: %1</source>
        <translation>Не удаётся выполнить подсчёт: %1</translation>
    </message>
    <message>
        <source>Practices per pillar</source>
        <translation>Практики по направлениям</translation>
    </message>
    <message>
        <source>Instruments used</source>
        <translation>Используемые инструменты</translation>
    </message>
    <message>
        <source>Target groups reached</source>
        <translation>Охваченные целевые группы</translation>
    </message>
    <message>
        <source>Evidence levels</source>
        <translation>Уровни доказательности</translation>
    </message>
    <message>
        <source>Practices by status</source>
        <translation>Практики по статусам</translation>
    </message>
    <message>
        <source>Commitment statuses</source>
        <translation>Статусы обязательств</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Практики</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Обязательства</translation>
    </message>
    <message numerus="yes">
        <source>%n countries compared; a practice with several pillars or target groups counts under each.</source>
        <translation>
            <numerusform>Сравнивается %n страна; практика с несколькими направлениями или целевыми группами учитывается в каждой из них.</numerusform>
            <numerusform>Сравниваются %n страны; практика с несколькими направлениями или целевыми группами учитывается в каждой из них.</numerusform>
            <numerusform>Сравнивается %n стран; практика с несколькими направлениями или целевыми группами учитывается в каждой из них.</numerusform>
        </translation>
    </message>
    <message>
        <source>Country &amp;%1</source>
        <translation>Страна &amp;%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>&amp;Копировать как CSV</translation>
    </message>
    <message>
        <source>Copy the table to the clipboard as comma-separated values</source>
        <translation>Скопировать таблицу в буфер обмена как значения, разделённые запятыми</translation>
    </message>
    <message>
        <source>&amp;Save chart...</source>
        <translation>&amp;Сохранить диаграмму...</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or a PDF document</source>
        <translation>Сохранить диаграмму как изображение PNG или документ PDF</translation>
    </message>
    <message>
        <source>Countries compared</source>
        <translation>Сравниваемые страны</translation>
    </message>
</context>
<context>
    <name>smec::desktop::ConflictDialog</name>
    <message>
        <source>Resolve a conflict</source>
        <translation>Разрешение конфликта</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted on the server while you were editing it. Keep your version to create it again, or accept the deletion.</source>
        <translation>«%1» была удалена на сервере, пока вы её редактировали. Сохраните свою версию, чтобы создать её снова, или примите удаление.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed on the server and on this computer. For each field, keep yours, take the server&apos;s (double-click it), or edit the result.</source>
        <translation>«%1» изменена и на сервере, и на этом компьютере. Для каждого поля сохраните своё значение, примите серверное (двойной щелчок) или отредактируйте результат.</translation>
    </message>
    <message>
        <source>Conflicting fields</source>
        <translation>Конфликтующие поля</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <source>Theirs (server)</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>changed here and on the server</source>
        <translation>изменено здесь и на сервере</translation>
    </message>
    <message>
        <source>changed on the server</source>
        <translation>изменено на сервере</translation>
    </message>
    <message>
        <source>changed here</source>
        <translation>изменено здесь</translation>
    </message>
    <message>
        <source>Double-click to keep yours</source>
        <translation>Двойной щелчок — оставить своё</translation>
    </message>
    <message>
        <source>Double-click to take the server&apos;s</source>
        <translation>Двойной щелчок — принять серверное</translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation>&amp;Оставить мою версию</translation>
    </message>
    <message>
        <source>&amp;Resolve with the result</source>
        <translation>&amp;Разрешить с результатом</translation>
    </message>
    <message>
        <source>&amp;Accept the deletion</source>
        <translation>&amp;Принять удаление</translation>
    </message>
    <message>
        <source>Take the &amp;server&apos;s version</source>
        <translation>Принять версию &amp;сервера</translation>
    </message>
    <message>
        <source>Text changed in the same place on both sides: decide each place. Until you do, it keeps your text.</source>
        <translation>Текст изменён в одном и том же месте с обеих сторон: примите решение по каждому месту. Пока вы этого не сделаете, сохраняется ваш текст.</translation>
    </message>
    <message>
        <source>Conflicting places in text fields</source>
        <translation>Конфликтующие места в текстовых полях</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>%1, place %2</source>
        <translation>%1, место %2</translation>
    </message>
    <message>
        <source>(not decided: yours for now)</source>
        <translation>(не решено: пока ваше)</translation>
    </message>
    <message>
        <source>Take &amp;mine</source>
        <translation>Принять &amp;моё</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Принять &amp;серверное</translation>
    </message>
    <message>
        <source>Take &amp;both</source>
        <translation>Принять &amp;оба</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>Merged text, conflicting places marked</source>
        <translation>Объединённый текст с отмеченными конфликтующими местами</translation>
    </message>
    <message>
        <source>[place %1, not decided: mine]</source>
        <translation>[место %1, не решено: моё]</translation>
    </message>
    <message>
        <source>[place %1, theirs]</source>
        <translation>[место %1, серверное]</translation>
    </message>
    <message>
        <source>[end of place %1]</source>
        <translation>[конец места %1]</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Could not resolve: %1</source>
        <translation>Не удалось разрешить: %1</translation>
    </message>
</context>
<context>
    <name>smec::desktop::ConflictsPage</name>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Разрешить…</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Resolve the selected conflict</source>
        <translation>Разрешить выбранный конфликт</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>%1 (deleted on the server)</source>
        <translation>%1 (удалено на сервере)</translation>
    </message>
    <message>
        <source>No conflicts. Edits made here and on the server fitted together.</source>
        <translation>Конфликтов нет. Изменения, сделанные здесь и на сервере, совместились.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) changed here and on the server need your decision.</source>
        <translation>
            <numerusform>%Ln запись, изменённая здесь и на сервере, требует вашего решения.</numerusform>
            <numerusform>%Ln записи, изменённые здесь и на сервере, требуют вашего решения.</numerusform>
            <numerusform>%Ln записей, изменённых здесь и на сервере, требуют вашего решения.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::CountriesPage</name>
    <message>
        <source>Country profile</source>
        <translation>Профиль страны</translation>
    </message>
    <message>
        <source>Compare countries</source>
        <translation>Сравнить страны</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
</context>
<context>
    <name>smec::desktop::CountryProfilePage</name>
    <message>
        <source>Cannot read the country: %1</source>
        <translation>Не удаётся прочитать страну: %1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Практики</translation>
    </message>
    <message>
        <source>%1 &amp;mdash; by status: %2; by pillar: %3</source>
        <translation>%1 &amp;mdash; по статусам: %2; по направлениям: %3</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <source>%1 &amp;mdash; %2</source>
        <translation>%1 &amp;mdash; %2</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>%1 hosted, %2 attended</source>
        <translation>принимала: %1, участвовала: %2</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Диалог</translation>
    </message>
    <message numerus="yes">
        <source>%Ln thread(s) started by its delegates</source>
        <translation>
            <numerusform>%Ln тема, начатая её делегатами</numerusform>
            <numerusform>%Ln темы, начатые её делегатами</numerusform>
            <numerusform>%Ln тем, начатых её делегатами</numerusform>
        </translation>
    </message>
    <message>
        <source>Joint initiatives</source>
        <translation>Совместные инициативы</translation>
    </message>
    <message numerus="yes">
        <source>%Ln led or joined</source>
        <translation>
            <numerusform>%Ln — руководит или участвует</numerusform>
            <numerusform>%Ln — руководит или участвует</numerusform>
            <numerusform>%Ln — руководит или участвует</numerusform>
        </translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Принимающая страна</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Ведущая страна</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Страна</translation>
    </message>
    <message>
        <source>What the country does</source>
        <translation>Что делает страна</translation>
    </message>
    <message>
        <source>Practices (%1)</source>
        <translation>Практики (%1)</translation>
    </message>
    <message>
        <source>Commitments (%1)</source>
        <translation>Обязательства (%1)</translation>
    </message>
    <message>
        <source>Meetings (%1)</source>
        <translation>Встречи (%1)</translation>
    </message>
    <message>
        <source>Recent dialogue (%1)</source>
        <translation>Недавний диалог (%1)</translation>
    </message>
    <message>
        <source>Joint initiatives (%1)</source>
        <translation>Совместные инициативы (%1)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Год начала</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Последняя активность</translation>
    </message>
    <message>
        <source>Practices of the country</source>
        <translation>Практики страны</translation>
    </message>
    <message>
        <source>Commitments of the country</source>
        <translation>Обязательства страны</translation>
    </message>
    <message>
        <source>Meetings hosted or attended</source>
        <translation>Встречи, которые страна принимала или в которых участвовала</translation>
    </message>
    <message>
        <source>Threads started by the country&apos;s delegates</source>
        <translation>Темы, начатые делегатами страны</translation>
    </message>
    <message>
        <source>Joint initiatives led or joined</source>
        <translation>Совместные инициативы, которыми страна руководит или в которых участвует</translation>
    </message>
</context>
<context>
    <name>smec::desktop::DialoguePage</name>
    <message>
        <source>&amp;Post reply</source>
        <translation>&amp;Ответить</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Цитировать</translation>
    </message>
    <message>
        <source>&amp;Hide post…</source>
        <translation>&amp;Скрыть сообщение…</translation>
    </message>
    <message>
        <source>New &amp;thread…</source>
        <translation>Новая &amp;тема…</translation>
    </message>
    <message>
        <source>Posts of the thread</source>
        <translation>Сообщения темы</translation>
    </message>
    <message>
        <source>Your reply, Markdown</source>
        <translation>Ваш ответ, Markdown</translation>
    </message>
    <message>
        <source>Write a reply (Markdown). It is sent at the next sync.</source>
        <translation>Напишите ответ (Markdown). Он будет отправлен при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Quote the selected post</source>
        <translation>Цитировать выбранное сообщение</translation>
    </message>
    <message>
        <source>Hide the selected post</source>
        <translation>Скрыть выбранное сообщение</translation>
    </message>
    <message>
        <source>Start a new thread</source>
        <translation>Начать новую тему</translation>
    </message>
    <message>
        <source>Hide post</source>
        <translation>Скрыть сообщение</translation>
    </message>
    <message>
        <source>Why is this post hidden? The author sees the reason.</source>
        <translation>Почему это сообщение скрыто? Автор увидит причину.</translation>
    </message>
    <message>
        <source>New thread</source>
        <translation>Новая тема</translation>
    </message>
    <message>
        <source>What do you want to discuss?</source>
        <translation>Что вы хотите обсудить?</translation>
    </message>
    <message>
        <source>Choose a thread first.</source>
        <translation>Сначала выберите тему.</translation>
    </message>
    <message>
        <source>Post reply</source>
        <translation>Ответить</translation>
    </message>
</context>
<context>
    <name>smec::desktop::EditorDialog</name>
    <message>
        <source>Save status</source>
        <translation>Состояние сохранения</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Редактирование…</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Не удалось сохранить: %1</translation>
    </message>
    <message>
        <source>Saved on this computer at %1.</source>
        <translation>Сохранено на этом компьютере в %1.</translation>
    </message>
    <message>
        <source>Changes are saved automatically on this computer and sent at the next sync.</source>
        <translation>Изменения автоматически сохраняются на этом компьютере и отправляются при следующей синхронизации.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <source>Every saved version of this record, what changed and who changed it; restore an earlier one.</source>
        <translation>Все сохранённые версии этой записи: что и кем изменено; можно восстановить более раннюю.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::HistoryDialog</name>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Восстановить эту версию</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Изменённые поля</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Различия</translation>
    </message>
    <message>
        <source>Select a revision to see what it changed, or two to compare them.</source>
        <translation>Выберите версию, чтобы увидеть её изменения, или две, чтобы сравнить их.</translation>
    </message>
    <message>
        <source>Fetching the history…</source>
        <translation>Загрузка истории…</translation>
    </message>
    <message>
        <source>No history of this record is kept on this computer, and the server cannot be reached. Try again when online.</source>
        <translation>История этой записи на этом компьютере не сохранена, а сервер недоступен. Повторите попытку при наличии связи.</translation>
    </message>
    <message>
        <source>The history cannot be shown: %1</source>
        <translation>Не удаётся показать историю: %1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Offline: this is the history kept on this computer from an earlier visit; newer revisions may be missing.</source>
        <translation>Нет связи: это история, сохранённая на этом компьютере при прошлом просмотре; более новых версий может не быть.</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s) you may see, newest first. Select two to compare.</source>
        <translation>
            <numerusform>%n доступная вам версия, новые сверху. Выберите две для сравнения.</numerusform>
            <numerusform>%n доступные вам версии, новые сверху. Выберите две для сравнения.</numerusform>
            <numerusform>%n доступных вам версий, новые сверху. Выберите две для сравнения.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the country changed since changes were requested (revision %1 to %2).</source>
        <translation>Что страна изменила после запроса изменений (версии с %1 по %2).</translation>
    </message>
    <message>
        <source>No request for changes is in this practice&apos;s history.</source>
        <translation>В истории этой практики нет запроса изменений.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Select one revision, or two to compare.</source>
        <translation>Выберите одну версию или две для сравнения.</translation>
    </message>
    <message>
        <source>Revision %1 compared with revision %2</source>
        <translation>Версия %1 в сравнении с версией %2</translation>
    </message>
    <message>
        <source>Revision %1, the oldest you may see</source>
        <translation>Версия %1, самая ранняя из доступных вам</translation>
    </message>
    <message>
        <source>No field differs.</source>
        <translation>Поля не различаются.</translation>
    </message>
    <message>
        <source>This record is not on this computer; sync first.</source>
        <translation>Этой записи нет на этом компьютере; сначала выполните синхронизацию.</translation>
    </message>
    <message>
        <source>The record already has the content of revision %1.</source>
        <translation>У записи уже содержимое версии %1.</translation>
    </message>
    <message>
        <source>Cannot restore: %1</source>
        <translation>Не удаётся восстановить: %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Не удалось сохранить: %1</translation>
    </message>
    <message>
        <source>The content of revision %1 is now the record&apos;s content, saved on this computer; the next sync sends it.</source>
        <translation>Содержимое версии %1 теперь является содержимым записи и сохранено на этом компьютере; его отправит следующая синхронизация.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::InitiativeActionBar</name>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Присоединиться</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>Join this initiative</source>
        <translation>Присоединиться к этой инициативе</translation>
    </message>
    <message>
        <source>Decline the invitation</source>
        <translation>Отклонить приглашение</translation>
    </message>
    <message>
        <source>Leave this initiative</source>
        <translation>Выйти из этой инициативы</translation>
    </message>
    <message>
        <source>%1 leads this initiative.</source>
        <translation>%1 руководит этой инициативой.</translation>
    </message>
    <message>
        <source>%1 is a partner of this initiative.</source>
        <translation>%1 является партнёром этой инициативы.</translation>
    </message>
    <message>
        <source>%1 is not part of this initiative.</source>
        <translation>%1 не участвует в этой инициативе.</translation>
    </message>
    <message>
        <source>Invitation to %1</source>
        <translation>Приглашение для %1</translation>
    </message>
    <message>
        <source>%1 is invited to join this initiative. Join to take part in it, or decline the invitation.</source>
        <translation>%1 приглашена присоединиться к этой инициативе. Присоединитесь, чтобы участвовать, или отклоните приглашение.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::MainWindow</name>
    <message>
        <source>SME Community</source>
        <translation>Сообщество МСП</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message>
        <source>Nothing here yet. Sign in to a server or work offline to see %1.</source>
        <translation>Здесь пока ничего нет. Войдите на сервер или работайте автономно, чтобы увидеть: %1.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New practice…</source>
        <translation>&amp;Новая практика…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>As &amp;PDF…</source>
        <translation>В &amp;PDF…</translation>
    </message>
    <message>
        <source>As &amp;Markdown…</source>
        <translation>В &amp;Markdown…</translation>
    </message>
    <message>
        <source>As &amp;CSV…</source>
        <translation>В &amp;CSV…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Войти…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation>Разрешить &amp;конфликты…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About SME Community</source>
        <translation>&amp;О программе «Сообщество МСП»</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>Быстрый поиск</translation>
    </message>
    <message>
        <source>Search practices, discussions and initiatives (Ctrl+F)</source>
        <translation>Поиск практик, обсуждений и инициатив (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>smec::desktop::MarkdownEditor</name>
    <message>
        <source>Preview of %1</source>
        <translation>Предварительный просмотр: %1</translation>
    </message>
</context>
<context>
    <name>smec::desktop::OfflineSyncService</name>
    <message>
        <source>Working offline. Your changes are kept and will be sent once you sign in to a server (File &gt; Sign in).</source>
        <translation>Автономная работа. Ваши изменения сохраняются и будут отправлены, когда вы войдёте на сервер (Файл &gt; Войти).</translation>
    </message>
</context>
<context>
    <name>smec::desktop::OutboxPage</name>
    <message>
        <source>Changes to send</source>
        <translation>Изменения к отправке</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>%1 — refused by the server: %2</source>
        <translation>%1 — отклонено сервером: %2</translation>
    </message>
    <message>
        <source>%1 — deletion waiting to be sent (%2)</source>
        <translation>%1 — удаление ожидает отправки (%2)</translation>
    </message>
    <message>
        <source>%1 — waiting to be sent (%2)</source>
        <translation>%1 — ожидает отправки (%2)</translation>
    </message>
    <message>
        <source>Everything you changed has been sent.</source>
        <translation>Все ваши изменения отправлены.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) made on this computer, oldest first.</source>
        <translation>
            <numerusform>%Ln изменение, сделанное на этом компьютере, старые первыми.</numerusform>
            <numerusform>%Ln изменения, сделанные на этом компьютере, старые первыми.</numerusform>
            <numerusform>%Ln изменений, сделанных на этом компьютере, старые первыми.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::PracticeActionBar</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the draft now</source>
        <translation>Сохранить черновик сейчас</translation>
    </message>
    <message>
        <source>Drafts are also saved automatically as you type.</source>
        <translation>Черновики также сохраняются автоматически по мере ввода.</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;Подать</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Отозвать</translation>
    </message>
    <message>
        <source>Start &amp;review</source>
        <translation>Начать &amp;рассмотрение</translation>
    </message>
    <message>
        <source>Request &amp;changes…</source>
        <translation>Запросить &amp;изменения…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Опубликовать</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Архивировать</translation>
    </message>
    <message>
        <source>Changes since &amp;request</source>
        <translation>Изменения после &amp;запроса</translation>
    </message>
    <message>
        <source>Compare the practice as it was when changes were requested with the practice now.</source>
        <translation>Сравнить практику в момент запроса изменений с её текущим видом.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::PracticeEditorDialog</name>
    <message>
        <source>Policy or programme, Markdown</source>
        <translation>Политика или программа, Markdown</translation>
    </message>
    <message>
        <source>Results and evidence, Markdown</source>
        <translation>Результаты и доказательства, Markdown</translation>
    </message>
    <message>
        <source>Lessons learned, Markdown</source>
        <translation>Извлечённые уроки, Markdown</translation>
    </message>
    <message>
        <source>Markdown sections</source>
        <translation>Разделы Markdown</translation>
    </message>
    <message>
        <source>Policy or &amp;programme</source>
        <translation>&amp;Политика или программа</translation>
    </message>
    <message>
        <source>Res&amp;ults and evidence</source>
        <translation>&amp;Результаты и доказательства</translation>
    </message>
    <message>
        <source>&amp;Lessons learned</source>
        <translation>&amp;Извлечённые уроки</translation>
    </message>
    <message>
        <source>Practice details</source>
        <translation>Сведения о практике</translation>
    </message>
    <message>
        <source>This practice is no longer in your copy.</source>
        <translation>Этой практики больше нет в вашей копии.</translation>
    </message>
    <message>
        <source>New practice</source>
        <translation>Новая практика</translation>
    </message>
    <message>
        <source>%1 – Practice</source>
        <translation>%1 – практика</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>title (status)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Запрос изменений</translation>
    </message>
    <message>
        <source>Tell the country what to change before this practice can be published:</source>
        <translation>Сообщите стране, что нужно изменить, прежде чем эту практику можно будет опубликовать:</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention before this step.</source>
        <translation>
            <numerusform>Перед этим шагом требует внимания %n поле.</numerusform>
            <numerusform>Перед этим шагом требуют внимания %n поля.</numerusform>
            <numerusform>Перед этим шагом требуют внимания %n полей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Не удалось сохранить: %1</translation>
    </message>
    <message>
        <source>Now %1. The change is sent at the next sync.</source>
        <translation>Теперь: %1. Изменение будет отправлено при следующей синхронизации.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::PracticeFormWidget</name>
    <message>
        <source>(not set)</source>
        <translation>(не задано)</translation>
    </message>
    <message>
        <source>A short name a peer would search for</source>
        <translation>Краткое название, по которому её будут искать коллеги</translation>
    </message>
    <message>
        <source>Two or three sentences: what, for whom, with what result</source>
        <translation>Два-три предложения: что, для кого, с каким результатом</translation>
    </message>
    <message>
        <source>Pillar %1</source>
        <translation>Направление %1</translation>
    </message>
    <message>
        <source>Target group %1</source>
        <translation>Целевая группа %1</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from year to year</comment>
        <translation>по</translation>
    </message>
    <message>
        <source>One per line: title | https://address</source>
        <translation>По одному в строке: название | https://адрес</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Через запятую</translation>
    </message>
    <message>
        <source>e.g. en, fr, es, ar</source>
        <translation>например en, fr, es, ar, zh, ru</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Годы</translation>
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
            <numerusform>%Ln практика</numerusform>
            <numerusform>%Ln практики</numerusform>
            <numerusform>%Ln практик</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln thread(s)</source>
        <translation>
            <numerusform>%Ln тема</numerusform>
            <numerusform>%Ln темы</numerusform>
            <numerusform>%Ln тем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s)</source>
        <translation>
            <numerusform>%Ln сообщение</numerusform>
            <numerusform>%Ln сообщения</numerusform>
            <numerusform>%Ln сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln встреча</numerusform>
            <numerusform>%Ln встречи</numerusform>
            <numerusform>%Ln встреч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln обязательство</numerusform>
            <numerusform>%Ln обязательства</numerusform>
            <numerusform>%Ln обязательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln initiative(s)</source>
        <translation>
            <numerusform>%Ln инициатива</numerusform>
            <numerusform>%Ln инициативы</numerusform>
            <numerusform>%Ln инициатив</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>&amp;New practice</source>
        <translation>&amp;Новая практика</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Number of records</source>
        <translation>Число записей</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Изменить выбранную запись</translation>
    </message>
    <message>
        <source>Create a new record</source>
        <translation>Создать новую запись</translation>
    </message>
    <message>
        <source>Select an item in the list to read it here.</source>
        <translation>Выберите элемент в списке, чтобы прочитать его здесь.</translation>
    </message>
    <message>
        <source>This record is no longer available.</source>
        <translation>Эта запись больше недоступна.</translation>
    </message>
    <message>
        <source>Open the editor (Enter)</source>
        <translation>Открыть редактор (Enter)</translation>
    </message>
    <message>
        <source>The server refused your last change: %1 Edit the record to fix it; the next save sends it again.</source>
        <translation>Сервер отклонил ваше последнее изменение: %1 Исправьте запись; при следующем сохранении она будет отправлена снова.</translation>
    </message>
    <message>
        <source>This record was changed on the server too. Open Conflicts to decide which version to keep.</source>
        <translation>Эта запись изменена и на сервере. Откройте «Конфликты», чтобы решить, какую версию сохранить.</translation>
    </message>
    <message>
        <source>Open the profile of %1</source>
        <translation>Открыть профиль: %1</translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation>Профиль: %1</translation>
    </message>
    <message>
        <source>&amp;Invitations to my country</source>
        <translation>&amp;Приглашения моей стране</translation>
    </message>
    <message>
        <source>Invitations to my country</source>
        <translation>Приглашения моей стране</translation>
    </message>
    <message>
        <source>Only the initiatives that invite %1 to join and that it has not answered yet.</source>
        <translation>Только инициативы, приглашающие %1 присоединиться, на которые ещё нет ответа.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::RecordEditorDialog</name>
    <message>
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>%1, Markdown</source>
        <translation>%1, Markdown</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(не задано)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Country codes separated by commas (RWA, UGA); new ones are invited</source>
        <translation>Коды стран через запятую (RWA, UGA); новые страны получат приглашение</translation>
    </message>
    <message>
        <source>Separate values with commas</source>
        <translation>Разделяйте значения запятыми</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation>Срок (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Добавить этап</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>Удалить этап</translation>
    </message>
    <message>
        <source>This record is no longer in your copy.</source>
        <translation>Этой записи больше нет в вашей копии.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Создание: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>title – kind</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Save on this computer now (also automatic)</source>
        <translation>Сохранить на этом компьютере сейчас (также автоматически)</translation>
    </message>
</context>
<context>
    <name>smec::desktop::SearchPage</name>
    <message>
        <source>&amp;Save this search…</source>
        <translation>&amp;Сохранить этот поиск…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>Сводка поиска</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Сохранить этот поиск</translation>
    </message>
    <message>
        <source>Selected result</source>
        <translation>Выбранный результат</translation>
    </message>
    <message>
        <source>Search is not available: %1</source>
        <translation>Поиск недоступен: %1</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Ничего не найдено по запросу «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s), best first</source>
        <translation>
            <numerusform>%Ln результат, лучшие первыми</numerusform>
            <numerusform>%Ln результата, лучшие первыми</numerusform>
            <numerusform>%Ln результатов, лучшие первыми</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 The search index is still being built (%Ln record(s) to go): results may be incomplete.</source>
        <translation>
            <numerusform>%1 Поисковый индекс ещё строится (осталась %Ln запись): результаты могут быть неполными.</numerusform>
            <numerusform>%1 Поисковый индекс ещё строится (осталось %Ln записи): результаты могут быть неполными.</numerusform>
            <numerusform>%1 Поисковый индекс ещё строится (осталось %Ln записей): результаты могут быть неполными.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type to search practices, discussions and joint initiatives.</source>
        <translation>Введите текст для поиска практик, обсуждений и совместных инициатив.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Интервал синхронизации в минутах</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>Синхронизировать &amp;каждые:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>A new language applies the next time SME Community starts.</source>
        <translation>Новый язык будет применён при следующем запуске «Сообщества МСП».</translation>
    </message>
</context>
<context>
    <name>smec::desktop::ShowView</name>
    <message>
        <source>Unknown country &quot;%1&quot;; give an ISO 3166-1 alpha-3 code such as KEN.</source>
        <translation>Неизвестная страна «%1»; укажите трёхбуквенный код ISO 3166-1, например KEN.</translation>
    </message>
    <message>
        <source>Unknown countries: %1; give ISO 3166-1 alpha-3 codes such as KEN.</source>
        <translation>Неизвестные страны: %1; укажите трёхбуквенные коды ISO 3166-1, например KEN.</translation>
    </message>
    <message>
        <source>Compare two to four different countries, e.g. compare:KEN,RWA.</source>
        <translation>Сравните от двух до четырёх разных стран, например compare:KEN,RWA.</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;; use one of %2, country:ISO3 or compare:ISO3,ISO3.</source>
        <translation>Неизвестное представление «%1»; используйте одно из: %2, country:ISO3 или compare:ISO3,ISO3.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::SignInDialog</name>
    <message>
        <source>Advanced</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>Работать &amp;автономно</translation>
    </message>
    <message>
        <source>Sign in to SME Community</source>
        <translation>Вход в «Сообщество МСП»</translation>
    </message>
    <message>
        <source>Sign in to your platform&apos;s server to sync practices, dialogue and meetings. You can also work offline and sign in later.</source>
        <translation>Войдите на сервер своей платформы, чтобы синхронизировать практики, диалог и встречи. Можно также работать автономно и войти позже.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Се&amp;рвер:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Trusted certificate authority file</source>
        <translation>Файл доверенного центра сертификации</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Choose a certificate authority file</source>
        <translation>Выберите файл центра сертификации</translation>
    </message>
    <message>
        <source>Trusted &amp;CA file:</source>
        <translation>Доверенный &amp;ЦС:</translation>
    </message>
    <message>
        <source>Only for a private deployment whose certificate is issued by your organisation.</source>
        <translation>Только для частного развёртывания, сертификат которого выдан вашей организацией.</translation>
    </message>
    <message>
        <source>Trusted certificate authority</source>
        <translation>Доверенный центр сертификации</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Browse and draft on this computer with the shipped reference data; sign in later from the File menu.</source>
        <translation>Просматривайте и готовьте черновики на этом компьютере с поставляемыми справочными данными; войти можно позже из меню «Файл».</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
</context>
<context>
    <name>smec::desktop::StatisticsPage</name>
    <message>
        <source>Commitments</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Практики</translation>
    </message>
    <message>
        <source>Cannot count: %1</source>
        <translation>Не удаётся выполнить подсчёт: %1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Не указано</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s); one with several values counts under each.</source>
        <translation>
            <numerusform>%Ln обязательство; обязательство с несколькими значениями учитывается в каждом из них.</numerusform>
            <numerusform>%Ln обязательства; обязательство с несколькими значениями учитывается в каждом из них.</numerusform>
            <numerusform>%Ln обязательств; обязательство с несколькими значениями учитывается в каждом из них.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s).</source>
        <translation>
            <numerusform>%Ln обязательство.</numerusform>
            <numerusform>%Ln обязательства.</numerusform>
            <numerusform>%Ln обязательств.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s); one with several values counts under each.</source>
        <translation>
            <numerusform>%Ln практика; практика с несколькими значениями учитывается в каждом из них.</numerusform>
            <numerusform>%Ln практики; практика с несколькими значениями учитывается в каждом из них.</numerusform>
            <numerusform>%Ln практик; практика с несколькими значениями учитывается в каждом из них.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s).</source>
        <translation>
            <numerusform>%Ln практика.</numerusform>
            <numerusform>%Ln практики.</numerusform>
            <numerusform>%Ln практик.</numerusform>
        </translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Commitments by %1</source>
        <translation>Обязательства: %1</translation>
    </message>
    <message>
        <source>Practices by %1</source>
        <translation>Практики: %1</translation>
    </message>
    <message>
        <source>C&amp;ount</source>
        <translation>Под&amp;считать</translation>
    </message>
    <message>
        <source>&amp;by</source>
        <translation>&amp;по</translation>
    </message>
    <message>
        <source>&amp;Pillar</source>
        <translation>&amp;Направление</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Регион</translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation>Все направления</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>&amp;Копировать как CSV</translation>
    </message>
    <message>
        <source>Copy the table to the clipboard as comma-separated values</source>
        <translation>Скопировать таблицу в буфер обмена как значения, разделённые запятыми</translation>
    </message>
    <message>
        <source>&amp;Save chart...</source>
        <translation>&amp;Сохранить диаграмму...</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or a PDF document</source>
        <translation>Сохранить диаграмму как изображение PNG или документ PDF</translation>
    </message>
    <message>
        <source>Figures of the chart</source>
        <translation>Данные диаграммы</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
</context>
<context>
    <name>smec::desktop::SyncStatusWidget</name>
    <message>
        <source>Offline</source>
        <translation>Автономно</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Синхронизации не было</translation>
    </message>
    <message>
        <source>No pending changes</source>
        <translation>Нет ожидающих изменений</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Соединение</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Ожидающие изменения</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Ход синхронизации</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %Ln record(s) received</source>
        <translation>
            <numerusform>Синхронизация: получена %Ln запись</numerusform>
            <numerusform>Синхронизация: получено %Ln записи</numerusform>
            <numerusform>Синхронизация: получено %Ln записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing for search: %1 %</source>
        <translation>Индексирование для поиска: %1 %</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Ошибка синхронизации</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Connected to the server</source>
        <translation>Подключено к серверу</translation>
    </message>
    <message>
        <source>Working on this computer&apos;s copy; changes are kept and sent when the server can be reached.</source>
        <translation>Работа с копией на этом компьютере; изменения сохраняются и будут отправлены, когда сервер станет доступен.</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Последняя синхронизация: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to send</source>
        <translation>
            <numerusform>%Ln изменение к отправке</numerusform>
            <numerusform>%Ln изменения к отправке</numerusform>
            <numerusform>%Ln изменений к отправке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln rejected</source>
        <comment>pending text, rejected count</comment>
        <translation>
            <numerusform>%1, %Ln отклонено</numerusform>
            <numerusform>%1, %Ln отклонено</numerusform>
            <numerusform>%1, %Ln отклонено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::SyncWorker</name>
    <message>
        <source>The server address of this profile cannot be used: %1</source>
        <translation>Адрес сервера в этом профиле нельзя использовать: %1</translation>
    </message>
    <message>
        <source>You are not signed in (%1). Sign in again to sync.</source>
        <translation>Вход не выполнен (%1). Войдите снова, чтобы синхронизировать.</translation>
    </message>
    <message>
        <source>Could not open the local database: %1</source>
        <translation>Не удалось открыть локальную базу данных: %1</translation>
    </message>
    <message>
        <source>Sync cancelled; it continues where it stopped next time.</source>
        <translation>Синхронизация отменена; в следующий раз она продолжится с места остановки.</translation>
    </message>
    <message>
        <source>The server no longer accepts your sign-in. Sign in again.</source>
        <translation>Сервер больше не принимает ваш вход. Войдите снова.</translation>
    </message>
    <message>
        <source>Working offline: %1</source>
        <translation>Автономная работа: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Ошибка синхронизации: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed on both sides: resolve them under Conflicts.</source>
        <translation>
            <numerusform>%n запись изменена с обеих сторон: разрешите конфликт в разделе «Конфликты».</numerusform>
            <numerusform>%n записи изменены с обеих сторон: разрешите конфликты в разделе «Конфликты».</numerusform>
            <numerusform>%n записей изменено с обеих сторон: разрешите конфликты в разделе «Конфликты».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server rejected %n change(s); see the Outbox for its reasons.</source>
        <translation>
            <numerusform>Сервер отклонил %n изменение; причины см. в разделе «Исходящие».</numerusform>
            <numerusform>Сервер отклонил %n изменения; причины см. в разделе «Исходящие».</numerusform>
            <numerusform>Сервер отклонил %n изменений; причины см. в разделе «Исходящие».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::TrackerPage</name>
    <message>
        <source>Open country profile</source>
        <translation>Открыть профиль страны</translation>
    </message>
    <message>
        <source>Cannot read the commitments: %1</source>
        <translation>Не удаётся прочитать обязательства: %1</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Без статуса</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln обязательство</numerusform>
            <numerusform>%Ln обязательства</numerusform>
            <numerusform>%Ln обязательств</numerusform>
        </translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <translation>Страны: %1</translation>
    </message>
    <message>
        <source>Due within 90 days: %1</source>
        <translation>Срок в течение 90 дней: %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Просрочено: %1</translation>
    </message>
    <message>
        <source>Due within 90 days (%1)</source>
        <translation>Срок в течение 90 дней (%1)</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Просрочено (%1)</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>Без направления</translation>
    </message>
    <message>
        <source>Commitments by pillar and status</source>
        <translation>Обязательства по направлениям и статусам</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Столбцы</translation>
    </message>
    <message>
        <source>By meeting</source>
        <translation>По встречам</translation>
    </message>
    <message>
        <source>By pillar</source>
        <translation>По направлениям</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Встреча</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>Все встречи</translation>
    </message>
    <message>
        <source>&amp;Pillar</source>
        <translation>&amp;Направление</translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation>Все направления</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Регион</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>&amp;Копировать как CSV</translation>
    </message>
    <message>
        <source>Copy the commitments shown to the clipboard as comma-separated values</source>
        <translation>Скопировать показанные обязательства в буфер обмена как значения, разделённые запятыми</translation>
    </message>
    <message>
        <source>&amp;Save chart...</source>
        <translation>&amp;Сохранить диаграмму...</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or a PDF document</source>
        <translation>Сохранить диаграмму как изображение PNG или документ PDF</translation>
    </message>
    <message>
        <source>Commitments by country</source>
        <translation>Обязательства по странам</translation>
    </message>
    <message>
        <source>Commitments by pillar, due and overdue</source>
        <translation>Обязательства по направлениям, со сроком и просроченные</translation>
    </message>
    <message>
        <source>Commitments due within 90 days</source>
        <translation>Обязательства со сроком в течение 90 дней</translation>
    </message>
    <message>
        <source>Overdue commitments</source>
        <translation>Просроченные обязательства</translation>
    </message>
    <message>
        <source>Due within 90 days</source>
        <translation>Срок в течение 90 дней</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
</context>
<context>
    <name>smec::domain::AccessPolicy</name>
    <message>
        <source>its country</source>
        <translation>её страны</translation>
    </message>
    <message>
        <source>The reference code is assigned by the server.</source>
        <translation>Справочный код присваивает сервер.</translation>
    </message>
    <message>
        <source>Only the secretariat writes review notes.</source>
        <translation>Замечания по рассмотрению пишет только секретариат.</translation>
    </message>
    <message>
        <source>Only the secretariat can hide or show posts.</source>
        <translation>Скрывать и показывать сообщения может только секретариат.</translation>
    </message>
    <message>
        <source>Write a review note telling the delegation what to change.</source>
        <translation>Напишите замечание, в котором укажите делегации, что нужно изменить.</translation>
    </message>
    <message>
        <source>%1 has not joined this initiative: only a delegate of %1 can accept the invitation.</source>
        <translation>%1 не присоединилась к этой инициативе: принять приглашение может только делегат страны %1.</translation>
    </message>
    <message>
        <source>%1 was not invited to this initiative: its lead country or the secretariat invites partners first.</source>
        <translation>%1 не приглашена в эту инициативу: сначала партнёров приглашает ведущая страна или секретариат.</translation>
    </message>
    <message>
        <source>Only the secretariat can hand an initiative to another lead country.</source>
        <translation>Передать инициативу другой ведущей стране может только секретариат.</translation>
    </message>
    <message>
        <source>Only the secretariat can end an initiative or reopen an ended one.</source>
        <translation>Завершить инициативу или возобновить завершённую может только секретариат.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can invite or remove partner countries.</source>
        <translation>Приглашать или исключать страны-партнёры могут только делегаты страны %1 и секретариат.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Сначала войдите.</translation>
    </message>
    <message>
        <source>Only practices go through review.</source>
        <translation>Рассмотрение проходят только практики.</translation>
    </message>
    <message>
        <source>Choose the status to move the practice to.</source>
        <translation>Выберите статус, в который нужно перевести практику.</translation>
    </message>
    <message>
        <source>Only posts can be hidden.</source>
        <translation>Скрывать можно только сообщения.</translation>
    </message>
    <message>
        <source>The practice has an unknown status, &quot;%1&quot;.</source>
        <translation>У практики неизвестный статус «%1».</translation>
    </message>
    <message>
        <source>The practice is already &quot;%1&quot;.</source>
        <translation>Практика уже в статусе «%1».</translation>
    </message>
    <message>
        <source>A practice cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Практику нельзя перевести из статуса «%1» в «%2».</translation>
    </message>
    <message>
        <source>A record cannot change its kind.</source>
        <translation>Запись не может изменить свой вид.</translation>
    </message>
    <message>
        <source>This record does not exist or was already deleted.</source>
        <translation>Эта запись не существует или уже удалена.</translation>
    </message>
    <message>
        <source>Only the secretariat can end an initiative.</source>
        <translation>Завершить инициативу может только секретариат.</translation>
    </message>
    <message>
        <source>Delegates can assign records only to their own country.</source>
        <translation>Делегаты могут относить записи только к своей стране.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can see this practice until it is published.</source>
        <translation>До публикации эту практику могут видеть только делегаты страны %1 и секретариат.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can add practices for %1.</source>
        <translation>Добавлять практики страны %1 могут только её делегаты и секретариат.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can edit this practice.</source>
        <translation>Изменять эту практику могут только делегаты страны %1 и секретариат.</translation>
    </message>
    <message>
        <source>This practice is &quot;%2&quot;: only the secretariat can change it now.</source>
        <translation>Практика в статусе «%2»: теперь изменить её может только секретариат.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can delete this practice.</source>
        <translation>Удалить эту практику могут только делегаты страны %1 и секретариат.</translation>
    </message>
    <message>
        <source>This practice is &quot;%2&quot;: delegates can delete only drafts. Ask the secretariat to delete it.</source>
        <translation>Практика в статусе «%2»: делегаты могут удалять только черновики. Обратитесь в секретариат.</translation>
    </message>
    <message>
        <source>Only the author of this thread and the secretariat can edit it.</source>
        <translation>Изменять эту тему могут только её автор и секретариат.</translation>
    </message>
    <message>
        <source>Only the secretariat can delete a thread.</source>
        <translation>Удалить тему может только секретариат.</translation>
    </message>
    <message>
        <source>This post was hidden by the secretariat.</source>
        <translation>Это сообщение скрыто секретариатом.</translation>
    </message>
    <message>
        <source>Only the author of a post can edit it.</source>
        <translation>Изменять сообщение может только его автор.</translation>
    </message>
    <message>
        <source>Only the author of a post and the secretariat can delete it.</source>
        <translation>Удалить сообщение могут только его автор и секретариат.</translation>
    </message>
    <message>
        <source>Only the secretariat can add meetings.</source>
        <translation>Добавлять встречи может только секретариат.</translation>
    </message>
    <message>
        <source>Only the secretariat can edit meetings.</source>
        <translation>Изменять встречи может только секретариат.</translation>
    </message>
    <message>
        <source>Only the secretariat can delete meetings.</source>
        <translation>Удалять встречи может только секретариат.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can record commitments of %1.</source>
        <translation>Записывать обязательства страны %1 могут только её делегаты и секретариат.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can update this commitment.</source>
        <translation>Обновить это обязательство могут только делегаты страны %1 и секретариат.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can delete this commitment.</source>
        <translation>Удалить это обязательство могут только делегаты страны %1 и секретариат.</translation>
    </message>
    <message>
        <source>Only delegates of %1, of the countries invited to this initiative and the secretariat can see it while it is proposed.</source>
        <translation>Пока инициатива предложена, её могут видеть только делегаты страны %1, делегаты приглашённых стран и секретариат.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can propose initiatives led by %1.</source>
        <translation>Предлагать инициативы под руководством страны %1 могут только её делегаты и секретариат.</translation>
    </message>
    <message>
        <source>Only delegates of %1, of the partner countries that joined this initiative and the secretariat can edit it.</source>
        <translation>Изменять эту инициативу могут только делегаты страны %1, делегаты присоединившихся стран-партнёров и секретариат.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can delete this initiative.</source>
        <translation>Удалить эту инициативу могут только делегаты страны %1 и секретариат.</translation>
    </message>
    <message>
        <source>This initiative is &quot;%2&quot;: only the secretariat can delete it now.</source>
        <translation>Инициатива в статусе «%2»: теперь удалить её может только секретариат.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can submit this practice.</source>
        <translation>Подать эту практику могут только делегаты страны %1 и секретариат.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can withdraw this practice.</source>
        <translation>Отозвать эту практику могут только делегаты страны %1 и секретариат.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can resubmit this practice.</source>
        <translation>Подать эту практику повторно могут только делегаты страны %1 и секретариат.</translation>
    </message>
    <message>
        <source>Only the secretariat can start the review of a practice.</source>
        <translation>Начать рассмотрение практики может только секретариат.</translation>
    </message>
    <message>
        <source>Only the secretariat can request changes to a practice.</source>
        <translation>Запросить изменения практики может только секретариат.</translation>
    </message>
    <message>
        <source>Only the secretariat can publish a practice.</source>
        <translation>Опубликовать практику может только секретариат.</translation>
    </message>
    <message>
        <source>Only the secretariat can archive a practice.</source>
        <translation>Архивировать практику может только секретариат.</translation>
    </message>
    <message>
        <source>Only the secretariat can restore an archived practice.</source>
        <translation>Восстановить архивную практику может только секретариат.</translation>
    </message>
</context>
<context>
    <name>smec::domain::FieldSchema</name>
    <message>
        <source>Fill in &quot;%1&quot;.</source>
        <translation>Заполните поле «%1».</translation>
    </message>
    <message>
        <source>Digital transformation</source>
        <translation>Цифровая трансформация</translation>
    </message>
    <message>
        <source>Access to finance</source>
        <translation>Доступ к финансированию</translation>
    </message>
    <message>
        <source>Green transition</source>
        <translation>Зелёный переход</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Справочный код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Give the practice a title.</source>
        <translation>Укажите название практики.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <source>Add a summary of the practice before submitting.</source>
        <translation>Перед подачей добавьте резюме практики.</translation>
    </message>
    <message>
        <source>Policy or programme</source>
        <translation>Политика или программа</translation>
    </message>
    <message>
        <source>Describe the policy or programme and how it was implemented before submitting.</source>
        <translation>Перед подачей опишите политику или программу и то, как она была реализована.</translation>
    </message>
    <message>
        <source>Results and evidence</source>
        <translation>Результаты и доказательства</translation>
    </message>
    <message>
        <source>Describe the tangible results and the evidence for them before submitting.</source>
        <translation>Перед подачей опишите ощутимые результаты и доказательства их достижения.</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Извлечённые уроки</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Choose the country of the practice before submitting.</source>
        <translation>Перед подачей выберите страну практики.</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Choose at least one pillar before submitting.</source>
        <translation>Перед подачей выберите хотя бы одно направление.</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Грант</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>Гарантия</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Участие в капитале</translation>
    </message>
    <message>
        <source>Tax incentive</source>
        <translation>Налоговая льгота</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Регулирование</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Advisory services</source>
        <translation>Консультационные услуги</translation>
    </message>
    <message>
        <source>Digital service</source>
        <translation>Цифровая услуга</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Public procurement</source>
        <translation>Государственные закупки</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Инструмент</translation>
    </message>
    <message>
        <source>Choose the policy instrument before submitting.</source>
        <translation>Перед подачей выберите инструмент политики.</translation>
    </message>
    <message>
        <source>Micro enterprises</source>
        <translation>Микропредприятия</translation>
    </message>
    <message>
        <source>Small enterprises</source>
        <translation>Малые предприятия</translation>
    </message>
    <message>
        <source>Medium-sized enterprises</source>
        <translation>Средние предприятия</translation>
    </message>
    <message>
        <source>Start-ups</source>
        <translation>Стартапы</translation>
    </message>
    <message>
        <source>Women-led enterprises</source>
        <translation>Предприятия под руководством женщин</translation>
    </message>
    <message>
        <source>Youth-led enterprises</source>
        <translation>Предприятия под руководством молодёжи</translation>
    </message>
    <message>
        <source>Exporters</source>
        <translation>Экспортёры</translation>
    </message>
    <message>
        <source>Informal enterprises</source>
        <translation>Неформальные предприятия</translation>
    </message>
    <message>
        <source>Rural enterprises</source>
        <translation>Сельские предприятия</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Целевые группы</translation>
    </message>
    <message>
        <source>Implementing organisation</source>
        <translation>Организация-исполнитель</translation>
    </message>
    <message>
        <source>Name the organisation that implemented the practice before submitting.</source>
        <translation>Перед подачей укажите организацию, которая реализовала практику.</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Год начала</translation>
    </message>
    <message>
        <source>Give the year the practice started before submitting.</source>
        <translation>Перед подачей укажите год начала практики.</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>Год окончания</translation>
    </message>
    <message>
        <source>Budget (USD)</source>
        <translation>Бюджет (долл. США)</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Emerging</source>
        <translation>Формирующаяся</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Перспективная</translation>
    </message>
    <message>
        <source>Proven</source>
        <translation>Доказанная</translation>
    </message>
    <message>
        <source>Evidence level</source>
        <translation>Уровень доказательности</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Подана</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Запрошены изменения</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликована</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Замечание по рассмотрению</translation>
    </message>
    <message>
        <source>Give the thread a title.</source>
        <translation>Укажите название темы.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Обсуждение</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Related practices</source>
        <translation>Связанные практики</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>A post must belong to a thread.</source>
        <translation>Сообщение должно относиться к теме.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Write a message before posting.</source>
        <translation>Перед публикацией напишите сообщение.</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>В ответ на</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Скрыто</translation>
    </message>
    <message>
        <source>Reason for hiding</source>
        <translation>Причина скрытия</translation>
    </message>
    <message>
        <source>Give the meeting a title.</source>
        <translation>Укажите название встречи.</translation>
    </message>
    <message>
        <source>Global ministerial</source>
        <translation>Глобальная министерская</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Региональная</translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation>Тематическая</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Техническая</translation>
    </message>
    <message>
        <source>Choose the type of meeting.</source>
        <translation>Выберите тип встречи.</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Give the date the meeting starts.</source>
        <translation>Укажите дату начала встречи.</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Принимающая страна</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Очно</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Смешанный формат</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Participating countries</source>
        <translation>Страны-участницы</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Choose the country that made the commitment.</source>
        <translation>Выберите страну, взявшую обязательство.</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Choose the pillar of the commitment.</source>
        <translation>Выберите направление обязательства.</translation>
    </message>
    <message>
        <source>Give the commitment a title.</source>
        <translation>Укажите название обязательства.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевой показатель</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Объявлено</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Partially achieved</source>
        <translation>Частично выполнено</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Give the initiative a title.</source>
        <translation>Укажите название инициативы.</translation>
    </message>
    <message>
        <source>Lead country</source>
        <translation>Ведущая страна</translation>
    </message>
    <message>
        <source>Choose the country that leads the initiative.</source>
        <translation>Выберите страну, которая руководит инициативой.</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Приглашена</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Присоединилась</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>Страны-партнёры</translation>
    </message>
    <message>
        <source>Joint programme</source>
        <translation>Совместная программа</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>Взаимная оценка</translation>
    </message>
    <message>
        <source>Twinning</source>
        <translation>Твиннинг</translation>
    </message>
    <message>
        <source>Regional facility</source>
        <translation>Региональный механизм</translation>
    </message>
    <message>
        <source>Coordinated policy</source>
        <translation>Согласованная политика</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Предложена</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлена</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Прекращена</translation>
    </message>
    <message>
        <source>Launched at meeting</source>
        <translation>Начата на встрече</translation>
    </message>
    <message>
        <source>Related commitments</source>
        <translation>Связанные обязательства</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Этапы</translation>
    </message>
</context>
<context>
    <name>smec::domain::PracticeStatus</name>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Подана</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Запрошены изменения</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликована</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
</context>
<context>
    <name>smec::domain::ReferenceData</name>
    <message>
        <source>&quot;%1&quot; must be a non-empty string.</source>
        <translation>«%1» должно быть непустой строкой.</translation>
    </message>
    <message>
        <source>The built-in reference file %1 is missing.</source>
        <translation>Отсутствует встроенный справочный файл %1.</translation>
    </message>
    <message>
        <source>The built-in reference file %1 is not a JSON array.</source>
        <translation>Встроенный справочный файл %1 не является массивом JSON.</translation>
    </message>
    <message>
        <source>The reference data is not valid JSON: %1.</source>
        <translation>Справочные данные не являются допустимым JSON: %1.</translation>
    </message>
    <message>
        <source>The reference data must be a JSON object.</source>
        <translation>Справочные данные должны быть JSON-объектом.</translation>
    </message>
    <message>
        <source>&quot;countries&quot; must be an array.</source>
        <translation>«countries» должно быть массивом.</translation>
    </message>
    <message>
        <source>&quot;pillars&quot; must be an array.</source>
        <translation>«pillars» должно быть массивом.</translation>
    </message>
    <message>
        <source>&quot;users&quot; must be an array.</source>
        <translation>«users» должно быть массивом.</translation>
    </message>
    <message>
        <source>Each country must be a JSON object.</source>
        <translation>Каждая страна должна быть JSON-объектом.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an upper-case alpha-3 code.</source>
        <translation>«%1» не является трёхбуквенным кодом в верхнем регистре.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an upper-case alpha-2 code.</source>
        <translation>«%1» не является двухбуквенным кодом в верхнем регистре.</translation>
    </message>
    <message>
        <source>The country code %1 appears twice.</source>
        <translation>Код страны %1 встречается дважды.</translation>
    </message>
    <message>
        <source>Each pillar must be a JSON object.</source>
        <translation>Каждое направление должно быть JSON-объектом.</translation>
    </message>
    <message>
        <source>&quot;description&quot; must be a string.</source>
        <translation>«description» должно быть строкой.</translation>
    </message>
    <message>
        <source>The pillar %1 appears twice.</source>
        <translation>Направление %1 встречается дважды.</translation>
    </message>
    <message>
        <source>Each user needs an &quot;id&quot; and a known &quot;role&quot;.</source>
        <translation>Каждому пользователю нужны «id» и известная «role».</translation>
    </message>
    <message>
        <source>The user %1 appears twice.</source>
        <translation>Пользователь %1 встречается дважды.</translation>
    </message>
</context>
<context>
    <name>smec::domain::Region</name>
    <message>
        <source>Africa</source>
        <translation>Африка</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>Америка</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>Азия</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Европа</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>Океания</translation>
    </message>
    <message>
        <source>Australia and New Zealand</source>
        <translation>Австралия и Новая Зеландия</translation>
    </message>
    <message>
        <source>Central Asia</source>
        <translation>Центральная Азия</translation>
    </message>
    <message>
        <source>Eastern Asia</source>
        <translation>Восточная Азия</translation>
    </message>
    <message>
        <source>Eastern Europe</source>
        <translation>Восточная Европа</translation>
    </message>
    <message>
        <source>Latin America and the Caribbean</source>
        <translation>Латинская Америка и Карибский бассейн</translation>
    </message>
    <message>
        <source>Melanesia</source>
        <translation>Меланезия</translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation>Микронезия</translation>
    </message>
    <message>
        <source>Northern Africa</source>
        <translation>Северная Африка</translation>
    </message>
    <message>
        <source>Northern America</source>
        <translation>Северная Америка</translation>
    </message>
    <message>
        <source>Northern Europe</source>
        <translation>Северная Европа</translation>
    </message>
    <message>
        <source>Polynesia</source>
        <translation>Полинезия</translation>
    </message>
    <message>
        <source>South-eastern Asia</source>
        <translation>Юго-Восточная Азия</translation>
    </message>
    <message>
        <source>Southern Asia</source>
        <translation>Южная Азия</translation>
    </message>
    <message>
        <source>Southern Europe</source>
        <translation>Южная Европа</translation>
    </message>
    <message>
        <source>Sub-Saharan Africa</source>
        <translation>Африка к югу от Сахары</translation>
    </message>
    <message>
        <source>Western Asia</source>
        <translation>Западная Азия</translation>
    </message>
    <message>
        <source>Western Europe</source>
        <translation>Западная Европа</translation>
    </message>
</context>
<context>
    <name>smec::domain::User</name>
    <message>
        <source>Analyst</source>
        <translation>Аналитик</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Делегат</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Секретариат</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
</context>
<context>
    <name>smec::domain::Validator</name>
    <message>
        <source>%1 must be one of the listed values.</source>
        <translation>%1: должно быть одно из перечисленных значений.</translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation>%1: должно быть «да» или «нет».</translation>
    </message>
    <message>
        <source>%1 must be a date written as YYYY-MM-DD.</source>
        <translation>%1: должна быть дата в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>%1 must be a language code such as &quot;en&quot;, &quot;fr&quot; or &quot;es-419&quot;.</source>
        <translation>%1: должен быть код языка, например «en», «fr» или «es-419».</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1: должен быть текст.</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters where at most %3 are allowed. Shorten it.</source>
        <translation>%1: слишком длинно — %2 символов при допустимых %3. Сократите текст.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1: должно быть целое число.</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1: должно быть число.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1: должно быть от %2 до %3.</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1: должно быть не меньше %2.</translation>
    </message>
    <message>
        <source>%1 must be at most %2.</source>
        <translation>%1: должно быть не больше %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid choice for &quot;%2&quot;; choose one of: %3.</source>
        <translation>«%1» не является допустимым значением для «%2»; выберите одно из: %3.</translation>
    </message>
    <message>
        <source>%1 must refer to a record by its id.</source>
        <translation>%1: должна быть ссылка на запись по её идентификатору.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country of the reference list; use its three-letter ISO code, such as &quot;KEN&quot;.</source>
        <translation>«%1» нет в справочном списке стран; используйте трёхбуквенный код ISO, например «KEN».</translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation>%1: должен быть список.</translation>
    </message>
    <message>
        <source>%1 has %2 entries where at most %3 are allowed.</source>
        <translation>%1: элементов %2 при допустимых %3.</translation>
    </message>
    <message>
        <source>%1 lists &quot;%2&quot; twice.</source>
        <translation>%1: «%2» указано дважды.</translation>
    </message>
    <message>
        <source>Entry %1 of %2</source>
        <translation>Элемент %1 поля «%2»</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1: пусто.</translation>
    </message>
    <message>
        <source>Source %1 must have a title and a web address.</source>
        <translation>У источника %1 должны быть название и веб-адрес.</translation>
    </message>
    <message>
        <source>The title of source %1</source>
        <translation>Название источника %1</translation>
    </message>
    <message>
        <source>Source %1 needs a web address starting with http:// or https://.</source>
        <translation>Источнику %1 нужен веб-адрес, начинающийся с http:// или https://.</translation>
    </message>
    <message>
        <source>Partner %1 must have a country and a state (%2).</source>
        <translation>У партнёра %1 должны быть страна и статус (%2).</translation>
    </message>
    <message>
        <source>Milestone %1 must have an id, a title, a due date and whether it is done.</source>
        <translation>У этапа %1 должны быть идентификатор, название, срок и отметка о выполнении.</translation>
    </message>
    <message>
        <source>Milestone %1 needs an id (a UUID) that stays the same when it is edited.</source>
        <translation>Этапу %1 нужен идентификатор (UUID), который не меняется при редактировании.</translation>
    </message>
    <message>
        <source>Give milestone %1 a title.</source>
        <translation>Укажите название этапа %1.</translation>
    </message>
    <message>
        <source>The title of milestone %1</source>
        <translation>Название этапа %1</translation>
    </message>
    <message>
        <source>The due date of milestone %1 must be written as YYYY-MM-DD.</source>
        <translation>Срок этапа %1 должен быть записан в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>Whether milestone %1 is done must be yes or no.</source>
        <translation>Отметка о выполнении этапа %1 должна быть «да» или «нет».</translation>
    </message>
    <message>
        <source>The end year (%1) is before the start year (%2).</source>
        <translation>Год окончания (%1) раньше года начала (%2).</translation>
    </message>
    <message>
        <source>Write a review note telling the delegation what to change.</source>
        <translation>Напишите замечание, в котором укажите делегации, что нужно изменить.</translation>
    </message>
    <message>
        <source>The meeting ends (%1) before it starts (%2).</source>
        <translation>Встреча заканчивается (%1) раньше, чем начинается (%2).</translation>
    </message>
    <message>
        <source>The initiative ends (%1) before it starts (%2).</source>
        <translation>Инициатива заканчивается (%1) раньше, чем начинается (%2).</translation>
    </message>
    <message>
        <source>The lead country cannot also be a partner.</source>
        <translation>Ведущая страна не может быть одновременно партнёром.</translation>
    </message>
</context>
<context>
    <name>smec::exporting::PdfExporter</name>
    <message>
        <source>Exported on %1</source>
        <translation>Экспортировано %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>section number and title</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>smec::exporting::RecordExporter</name>
    <message>
        <source>SME policy practices</source>
        <translation>Практики политики в области МСП</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) from the Global SME Ministerial Community Platform</source>
        <translation>
            <numerusform>%Ln запись Глобальной платформы министерского сообщества по вопросам МСП</numerusform>
            <numerusform>%Ln записи Глобальной платформы министерского сообщества по вопросам МСП</numerusform>
            <numerusform>%Ln записей Глобальной платформы министерского сообщества по вопросам МСП</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Обсуждения</translation>
    </message>
    <message>
        <source>Discussion posts</source>
        <translation>Сообщения обсуждений</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <source>Joint initiatives</source>
        <translation>Совместные инициативы</translation>
    </message>
</context>
<context>
    <name>smec::models::BackgroundReader</name>
    <message>
        <source>The replica is not open.</source>
        <translation>Реплика не открыта.</translation>
    </message>
</context>
<context>
    <name>smec::models::CommitmentTrackerModel</name>
    <message>
        <source>%1, due %2</source>
        <translation>%1, срок %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>Без направления</translation>
    </message>
    <message>
        <source>No meeting</source>
        <translation>Без встречи</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %Ln commitment(s)</source>
        <translation>
            <numerusform>%1, %2: %Ln обязательство</numerusform>
            <numerusform>%1, %2: %Ln обязательства</numerusform>
            <numerusform>%1, %2: %Ln обязательств</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::models::DisplayText</name>
    <message>
        <source>Synced</source>
        <translation>Синхронизировано</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>Отклонено сервером</translation>
    </message>
</context>
<context>
    <name>smec::models::FacetModel</name>
    <message>
        <source>Pillar</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>Страна-партнёр</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Инструмент</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Целевая группа</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательность</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Год начала</translation>
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
            <numerusform>%1, %n практика</numerusform>
            <numerusform>%1, %n практики</numerusform>
            <numerusform>%1, %n практик</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
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
            <numerusform>%1, %n элемент</numerusform>
            <numerusform>%1, %n элемента</numerusform>
            <numerusform>%1, %n элементов</numerusform>
        </translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Практики</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Диалог</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Сотрудничество</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>Мои черновики</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Очередь рассмотрения</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>sidebar section for screen readers: its name, what asks for attention</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>smec::models::RecordListModel</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Принимающая страна</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Инструмент</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Написано</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
</context>
<context>
    <name>smec::models::RecordMarkdown</name>
    <message>
        <source>About</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>This record was deleted.</source>
        <translation>Эта запись удалена.</translation>
    </message>
    <message>
        <source>Untitled practice</source>
        <translation>Практика без названия</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Справочный код</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Инструмент</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Целевые группы</translation>
    </message>
    <message>
        <source>Implementing organisation</source>
        <translation>Организация-исполнитель</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Годы</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>years</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>USD %1</source>
        <translation>%1 долл. США</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательность</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Review note:</source>
        <translation>Замечание по рассмотрению:</translation>
    </message>
    <message>
        <source>The policy and how it was implemented</source>
        <translation>Политика и её реализация</translation>
    </message>
    <message>
        <source>Results and evidence</source>
        <translation>Результаты и доказательства</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Извлечённые уроки</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>ещё не отправлено</translation>
    </message>
    <message>
        <source>Hidden by the secretariat: %1</source>
        <translation>Скрыто секретариатом: %1</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>dates</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>city, country</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевой показатель</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Lead country</source>
        <translation>Ведущая страна</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Milestones (%1 of %2 done)</source>
        <translation>Этапы (выполнено %1 из %2)</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (срок %2)</translation>
    </message>
</context>
<context>
    <name>smec::models::SavedSearchModel</name>
    <message>
        <source>Saved search %1</source>
        <translation>Сохранённый поиск %1</translation>
    </message>
    <message>
        <source>Saved search %1: %2</source>
        <translation>Сохранённый поиск %1: %2</translation>
    </message>
</context>
<context>
    <name>smec::models::SearchResultModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Практика</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Обсуждение</translation>
    </message>
    <message>
        <source>Discussion post</source>
        <translation>Сообщение обсуждения</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <source>Joint initiative</source>
        <translation>Совместная инициатива</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>search hit: kind, title and excerpt</comment>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>smec::protocol</name>
    <message>
        <source>the document must be a JSON object</source>
        <translation>документ должен быть JSON-объектом</translation>
    </message>
    <message>
        <source>not allowed in a tombstone, which is {&quot;id&quot;,&quot;kind&quot;,&quot;rev&quot;,&quot;deleted&quot;:true}</source>
        <translation>не допускается в надгробии, которое имеет вид {&quot;id&quot;,&quot;kind&quot;,&quot;rev&quot;,&quot;deleted&quot;:true}</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>record %1 appears twice in one page</source>
        <translation>запись %1 встречается на одной странице дважды</translation>
    </message>
    <message>
        <source>op</source>
        <translation>op</translation>
    </message>
    <message>
        <source>a delete carries no fields</source>
        <translation>удаление не содержит полей</translation>
    </message>
    <message>
        <source>must hold at least one mutation</source>
        <translation>должно содержать хотя бы одну мутацию</translation>
    </message>
    <message>
        <source>holds %1 mutations, more than the limit of %2</source>
        <translation>содержит мутаций: %1, больше предела %2</translation>
    </message>
    <message>
        <source>repeats the mutation_id of mutations[%1]</source>
        <translation>повторяет mutation_id из mutations[%1]</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>a rejected result carries no record</source>
        <translation>отклонённый результат не содержит записи</translation>
    </message>
    <message>
        <source>only a rejected result carries an error</source>
        <translation>ошибку содержит только отклонённый результат</translation>
    </message>
    <message>
        <source>must be at most %1 bytes long</source>
        <translation>должно быть не длиннее %1 байт</translation>
    </message>
    <message>
        <source>must be an ISO 3166-1 alpha-3 code such as KEN, not &quot;%1&quot;</source>
        <translation>должно быть трёхбуквенным кодом ISO 3166-1, например KEN, а не «%1»</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>must hold only letters, digits and -._~+/=</source>
        <translation>может содержать только буквы, цифры и -._~+/=</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <source>the document is %1 bytes, more than the limit of %2 bytes</source>
        <translation>размер документа %1 байт превышает предел %2 байт</translation>
    </message>
    <message>
        <source>at byte %1: %2</source>
        <translation>байт %1: %2</translation>
    </message>
    <message>
        <source>a deleted revision carries no fields</source>
        <translation>удалённая версия не содержит полей</translation>
    </message>
    <message>
        <source>revisions must come newest first, each rev once</source>
        <translation>версии должны идти от новых к старым, каждый номер один раз</translation>
    </message>
</context>
<context>
    <name>smec::protocol::ObjectReader</name>
    <message>
        <source>must be %1, not %2</source>
        <translation>должно быть %1, а не %2</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>неизвестное значение %1 «%2»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown member</source>
        <translation>неизвестный элемент</translation>
    </message>
    <message>
        <source>missing required member</source>
        <translation>отсутствует обязательный элемент</translation>
    </message>
    <message>
        <source>must be %1 to %2 characters long</source>
        <translation>длина должна быть от %1 до %2 символов</translation>
    </message>
    <message>
        <source>must be at most %1 characters long</source>
        <translation>длина должна быть не больше %1 символов</translation>
    </message>
    <message>
        <source>must be a UUID in canonical form (lower-case, no braces), not &quot;%1&quot;</source>
        <translation>должно быть UUID в каноническом виде (строчные буквы, без фигурных скобок), а не «%1»</translation>
    </message>
    <message>
        <source>must be an integer from 0 to %1</source>
        <translation>должно быть целым числом от 0 до %1</translation>
    </message>
    <message>
        <source>must be a UTC time like 2026-03-01T09:30:00.000Z, not &quot;%1&quot;</source>
        <translation>должно быть временем UTC вида 2026-03-01T09:30:00.000Z, а не «%1»</translation>
    </message>
    <message>
        <source>must be a snake_case code, not &quot;%1&quot;</source>
        <translation>должно быть кодом в snake_case, а не «%1»</translation>
    </message>
</context>
<context>
    <name>smec::protocol::Scanner</name>
    <message>
        <source>a byte order mark is not allowed</source>
        <translation>метка порядка байтов не допускается</translation>
    </message>
    <message>
        <source>empty document</source>
        <translation>пустой документ</translation>
    </message>
    <message>
        <source>the document must be a JSON object or array</source>
        <translation>документ должен быть JSON-объектом или массивом</translation>
    </message>
    <message>
        <source>unexpected data after the JSON value</source>
        <translation>лишние данные после значения JSON</translation>
    </message>
    <message>
        <source>at byte %1</source>
        <translation>байт %1</translation>
    </message>
    <message>
        <source>at %1 (byte %2)</source>
        <translation>%1 (байт %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unexpected end of document, a value was expected</source>
        <translation>неожиданный конец документа, ожидалось значение</translation>
    </message>
    <message>
        <source>unexpected character, a value was expected</source>
        <translation>неожиданный символ, ожидалось значение</translation>
    </message>
    <message>
        <source>invalid literal</source>
        <translation>недопустимый литерал</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>вложенность глубже %1 уровней</translation>
    </message>
    <message>
        <source>a member name in double quotes was expected</source>
        <translation>ожидалось имя элемента в двойных кавычках</translation>
    </message>
    <message>
        <source>duplicate member name</source>
        <translation>повторяющееся имя элемента</translation>
    </message>
    <message>
        <source>a colon was expected after the member name</source>
        <translation>после имени элемента ожидалось двоеточие</translation>
    </message>
    <message>
        <source>a comma or a closing brace was expected</source>
        <translation>ожидалась запятая или закрывающая фигурная скобка</translation>
    </message>
    <message>
        <source>a comma or a closing bracket was expected</source>
        <translation>ожидалась запятая или закрывающая квадратная скобка</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>незавершённая строка</translation>
    </message>
    <message>
        <source>control character U+%1 must be escaped</source>
        <translation>управляющий символ U+%1 должен быть экранирован</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence</source>
        <translation>недопустимая последовательность байтов UTF-8</translation>
    </message>
    <message>
        <source>\u must be followed by four hex digits</source>
        <translation>после \u должны следовать четыре шестнадцатеричные цифры</translation>
    </message>
    <message>
        <source>\u0000 is not allowed in strings</source>
        <translation>\u0000 в строках не допускается</translation>
    </message>
    <message>
        <source>lone low surrogate escape</source>
        <translation>одиночная экранированная младшая суррогатная половина</translation>
    </message>
    <message>
        <source>lone high surrogate escape</source>
        <translation>одиночная экранированная старшая суррогатная половина</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>недопустимая escape-последовательность</translation>
    </message>
    <message>
        <source>member name longer than %1 bytes</source>
        <translation>имя элемента длиннее %1 байт</translation>
    </message>
    <message>
        <source>string longer than %1 bytes</source>
        <translation>строка длиннее %1 байт</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>недопустимое число</translation>
    </message>
    <message>
        <source>numbers must not have leading zeros</source>
        <translation>числа не должны начинаться с нулей</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the decimal point</source>
        <translation>недопустимое число: после десятичной точки должны быть цифры</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the exponent</source>
        <translation>недопустимое число: после экспоненты должны быть цифры</translation>
    </message>
    <message>
        <source>integer out of the 64-bit range</source>
        <translation>целое число вне 64-битного диапазона</translation>
    </message>
    <message>
        <source>number out of the range of a double</source>
        <translation>число вне диапазона double</translation>
    </message>
</context>
<context>
    <name>smec::replica</name>
    <message>
        <source>Full-text search is not available: %1 (%2).</source>
        <translation>Полнотекстовый поиск недоступен: %1 (%2).</translation>
    </message>
    <message>
        <source>A %1 list has no year range.</source>
        <translation>У списка %1 нет диапазона лет.</translation>
    </message>
    <message>
        <source>Only posts belong to a thread.</source>
        <translation>К теме относятся только сообщения.</translation>
    </message>
    <message>
        <source>A %1 list has no meeting filter.</source>
        <translation>У списка %1 нет фильтра по встрече.</translation>
    </message>
    <message>
        <source>A %1 list cannot be counted by &quot;%2&quot;.</source>
        <translation>Список %1 нельзя подсчитать по «%2».</translation>
    </message>
    <message>
        <source>Local database error (look up %1): %2</source>
        <translation>Ошибка локальной базы данных (поиск %1): %2</translation>
    </message>
    <message>
        <source>There is no record %1.</source>
        <translation>Записи %1 нет.</translation>
    </message>
    <message>
        <source>There is no outbox entry %1.</source>
        <translation>Записи исходящих %1 нет.</translation>
    </message>
    <message>
        <source>Record %1 has no conflict.</source>
        <translation>У записи %1 нет конфликта.</translation>
    </message>
    <message>
        <source>Field %1 of record %2 has no conflicting hunks.</source>
        <translation>В поле %1 записи %2 нет конфликтующих фрагментов.</translation>
    </message>
    <message>
        <source>Field %1 of record %2 has no hunk %3 (it has hunks 0 to %4).</source>
        <translation>В поле %1 записи %2 нет фрагмента %3 (есть фрагменты с 0 по %4).</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is not available.</source>
        <translation>Драйвер Qt SQLite недоступен.</translation>
    </message>
    <message>
        <source>The replica %1 could not switch to write-ahead logging.</source>
        <translation>Реплику %1 не удалось перевести в режим журнала упреждающей записи.</translation>
    </message>
    <message>
        <source>The replica is not open.</source>
        <translation>Реплика не открыта.</translation>
    </message>
    <message>
        <source>Local database error (%1): %2</source>
        <translation>Ошибка локальной базы данных (%1): %2</translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation>Сохранённому поиску нужно название.</translation>
    </message>
    <message>
        <source>The saved search could not be read back.</source>
        <translation>Сохранённый поиск не удалось прочитать обратно.</translation>
    </message>
    <message>
        <source>The local database was written by a newer version of SME Community (schema %1, this version knows %2). Update the application.</source>
        <translation>Локальная база данных записана более новой версией «Сообщества МСП» (схема %1, эта версия знает %2). Обновите приложение.</translation>
    </message>
    <message>
        <source>Migrating the local database to schema %1 failed: %2</source>
        <translation>Не удалось перевести локальную базу данных на схему %1: %2</translation>
    </message>
    <message>
        <source>Local database error (index queue).</source>
        <translation>Ошибка локальной базы данных (очередь индексации).</translation>
    </message>
    <message>
        <source>Only initiatives invite countries.</source>
        <translation>Приглашать страны могут только инициативы.</translation>
    </message>
</context>
<context>
    <name>smec::sync</name>
    <message>
        <source>The server answered %1 with a body that is not an API error.</source>
        <translation>Сервер ответил %1 с телом, которое не является ошибкой API.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Синхронизация отменена.</translation>
    </message>
    <message>
        <source>The server&apos;s health answer is not valid: %1</source>
        <translation>Ответ сервера о состоянии недопустим: %1</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in answer is not valid: %1</source>
        <translation>Ответ сервера на вход недопустим: %1</translation>
    </message>
    <message>
        <source>The server&apos;s reference data is not valid: %1</source>
        <translation>Справочные данные сервера недопустимы: %1</translation>
    </message>
    <message>
        <source>A change page from the server is not valid (%1).</source>
        <translation>Страница изменений с сервера недопустима (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s mutation results are not valid: %1</source>
        <translation>Результаты мутаций от сервера недопустимы: %1</translation>
    </message>
    <message>
        <source>The server answered %1 results for %2 mutations.</source>
        <translation>Сервер вернул %1 результатов для %2 мутаций.</translation>
    </message>
    <message>
        <source>The server&apos;s change page and its X-Changes-Cursor header disagree.</source>
        <translation>Страница изменений сервера и её заголовок X-Changes-Cursor не согласуются.</translation>
    </message>
    <message>
        <source>The change feed ended without a last page.</source>
        <translation>Лента изменений закончилась без последней страницы.</translation>
    </message>
    <message>
        <source>The server answered mutation %1 where %2 was expected.</source>
        <translation>Сервер ответил на мутацию %1, а ожидалась %2.</translation>
    </message>
    <message>
        <source>The server applied mutation %1 to another record.</source>
        <translation>Сервер применил мутацию %1 к другой записи.</translation>
    </message>
    <message>
        <source>Cannot read the trusted CA file %1: %2</source>
        <translation>Не удаётся прочитать файл доверенного ЦС %1: %2</translation>
    </message>
    <message>
        <source>The trusted CA file %1 holds no PEM certificate.</source>
        <translation>Файл доверенного ЦС %1 не содержит сертификата PEM.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than the client accepts.</source>
        <translation>Ответ сервера больше, чем допускает клиент.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified: %1</source>
        <translation>Не удалось проверить сертификат сервера: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Не удаётся связаться с сервером: %1</translation>
    </message>
    <message>
        <source>The connection to the server broke: %1</source>
        <translation>Соединение с сервером прервано: %1</translation>
    </message>
    <message>
        <source>The server&apos;s list of revisions is not valid: %1</source>
        <translation>Список версий от сервера недействителен: %1</translation>
    </message>
    <message>
        <source>The server said more revisions follow but sent none.</source>
        <translation>Сервер сообщил, что версий больше, но не прислал их.</translation>
    </message>
</context>
<context>
    <name>smec::sync::HistoryLoader</name>
    <message>
        <source>The server could not be reached (%1) and no history of this record is kept here.</source>
        <translation>Сервер недоступен (%1), а история этой записи здесь не сохранена.</translation>
    </message>
    <message>
        <source>No history of this record is kept here, and there is no server to ask.</source>
        <translation>История этой записи здесь не сохранена, и спросить некого: сервера нет.</translation>
    </message>
</context>
<context>
    <name>smec::sync::ServerConnection</name>
    <message>
        <source>The profile %1 is not signed in to a server.</source>
        <translation>Профиль %1 не подключён к серверу.</translation>
    </message>
    <message>
        <source>No token is stored.</source>
        <translation>Токен не сохранён.</translation>
    </message>
</context>
</TS>
