<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CredentialStore</name>
    <message>
        <source>No saved sign-in was found. Sign in.</source>
        <translation>Aucune connexion enregistrée n’a été trouvée. Connectez-vous.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the sign-in cannot be remembered. Install and unlock a keychain (for example GNOME Keyring or KWallet), or sign in each time.</source>
        <translation>Aucun trousseau n’est disponible sur cet ordinateur&#xa0;: la connexion ne peut pas être mémorisée. Installez et déverrouillez un trousseau (par exemple GNOME Keyring ou KWallet), ou connectez-vous à chaque fois.</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it and try again.</source>
        <translation>Le trousseau a refusé l’accès. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Le trousseau a signalé une erreur.</translation>
    </message>
</context>
<context>
    <name>ServerUrlPolicy</name>
    <message>
        <source>Enter the address of the server.</source>
        <translation>Saisissez l’adresse du serveur.</translation>
    </message>
    <message>
        <source>This is not a valid server address. Use the form https://community.example.org.</source>
        <translation>Cette adresse de serveur n’est pas valide. Utilisez la forme https://community.example.org.</translation>
    </message>
    <message>
        <source>Only https:// server addresses are supported.</source>
        <translation>Seules les adresses de serveur https:// sont prises en charge.</translation>
    </message>
    <message>
        <source>Unencrypted http:// is only allowed to this computer (localhost). Use https://.</source>
        <translation>Le http:// non chiffré n’est autorisé que vers cet ordinateur (localhost). Utilisez https://.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the server address.</source>
        <translation>N’incluez pas le nom d’utilisateur ni le mot de passe dans l’adresse du serveur.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The file ends inside a quoted cell that starts on line %1.</source>
        <translation>Le fichier se termine à l’intérieur d’une cellule entre guillemets commencée à la ligne %1.</translation>
    </message>
    <message>
        <source>Signs in and remembers the server and user in the profile. The password is read from standard input. The token is kept in the system keychain, or with --token-file in a file only you can read (mode 0600) in the profile.</source>
        <translation>Se connecte et mémorise le serveur et l’utilisateur dans le profil. Le mot de passe est lu sur l’entrée standard. Le jeton est conservé dans le trousseau du système ou, avec --token-file, dans un fichier du profil lisible par vous seul (mode 0600).</translation>
    </message>
    <message>
        <source>Signs out: revokes the token on the server when it can be reached and always forgets it locally. Local records stay.</source>
        <translation>Se déconnecte&#xa0;: révoque le jeton sur le serveur s’il est joignable et l’oublie toujours localement. Les enregistrements locaux restent.</translation>
    </message>
    <message>
        <source>Sends local edits to the server and fetches what changed there. Exits with 6 when conflicts or rejected edits remain.</source>
        <translation>Envoie les modifications locales au serveur et récupère ce qui y a changé. Se termine avec le code 6 s’il reste des conflits ou des modifications refusées.</translation>
    </message>
    <message>
        <source>Shows pending edits, conflicts, rejected edits, the last sync and the server.</source>
        <translation>Affiche les modifications en attente, les conflits, les modifications refusées, la dernière synchronisation et le serveur.</translation>
    </message>
    <message>
        <source>Full-text search over practices and posts, best match first.</source>
        <translation>Recherche plein texte dans les pratiques et les messages, meilleurs résultats en premier.</translation>
    </message>
    <message>
        <source>Shows one record with all its fields.</source>
        <translation>Affiche un enregistrement avec tous ses champs.</translation>
    </message>
    <message>
        <source>Creates a record from a JSON object of fields (&quot;-&quot; reads standard input) and prints its id. Sent by the next sync.</source>
        <translation>Crée un enregistrement à partir d’un objet JSON de champs («&#xa0;-&#xa0;» lit l’entrée standard) et affiche son identifiant. Envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Changes fields of a record. --set values are JSON when they parse as JSON (--set &apos;pillars=[&quot;green&quot;]&apos;, --set start_year=2020) and text otherwise; --file replaces the fields it names. Sent by the next sync.</source>
        <translation>Modifie des champs d’un enregistrement. Les valeurs de --set sont du JSON lorsqu’elles s’analysent comme tel (--set &apos;pillars=[&quot;green&quot;]&apos;, --set start_year=2020) et du texte sinon&#xa0;; --file remplace les champs qu’il nomme. Envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Submits a practice for review, after checking every field a submission needs. Sent by the next sync.</source>
        <translation>Soumet une pratique à l’examen, après avoir vérifié tous les champs requis. Envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Takes a submitted practice back to draft. Sent by the next sync.</source>
        <translation>Remet une pratique soumise à l’état de brouillon. Envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Creates draft practices from a CSV file: a header row of field names (title, summary, country, pillars...), then one practice per row; list values are separated by &quot;;&quot;. Every row is checked first and each problem reported with its row and field; then all valid rows are saved in one transaction. --dry-run only checks.</source>
        <translation>Crée des brouillons de pratiques à partir d’un fichier CSV&#xa0;: une ligne d’en-tête avec les noms des champs (title, summary, country, pillars...), puis une pratique par ligne&#xa0;; les valeurs de liste sont séparées par «&#xa0;;&#xa0;». Chaque ligne est d’abord vérifiée et chaque problème signalé avec sa ligne et son champ&#xa0;; puis toutes les lignes valides sont enregistrées en une seule transaction. --dry-run se contente de vérifier.</translation>
    </message>
    <message>
        <source>Lists records changed both here and on the server, field by field.</source>
        <translation>Liste les enregistrements modifiés à la fois ici et sur le serveur, champ par champ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false.</source>
        <translation>«&#xa0;%1&#xa0;» ne vaut ni true ni false.</translation>
    </message>
    <message>
        <source>csv, md (Markdown) or pdf.</source>
        <translation>csv, md (Markdown) ou pdf.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>Only practices of pillar P.</source>
        <translation>Uniquement les pratiques du pilier P.</translation>
    </message>
    <message>
        <source>Only practices of country ISO3.</source>
        <translation>Uniquement les pratiques du pays ISO3.</translation>
    </message>
    <message>
        <source>export needs --format csv|md|pdf and --out FILE.</source>
        <translation>export nécessite --format csv|md|pdf et --out FICHIER.</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;; use csv, md or pdf.</source>
        <translation>Format d’exportation «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez csv, md ou pdf.</translation>
    </message>
    <message>
        <source>Unknown pillar &quot;%1&quot;; use one of %2.</source>
        <translation>Pilier «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez l’un des suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Unknown country code &quot;%1&quot;; use an ISO 3166-1 alpha-3 code such as KEN.</source>
        <translation>Code pays «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez un code ISO 3166-1 alpha-3 tel que KEN.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Exported %1 practice(s) to %2.</source>
        <translation>%1 pratique(s) exportée(s) vers %2.</translation>
    </message>
    <message>
        <source>The CSV file: a header row of field names, one practice per row.</source>
        <translation>Le fichier CSV&#xa0;: une ligne d’en-tête avec les noms des champs, une pratique par ligne.</translation>
    </message>
    <message>
        <source>Check every row and report; write nothing.</source>
        <translation>Vérifier chaque ligne et faire un rapport&#xa0;; ne rien écrire.</translation>
    </message>
    <message>
        <source>import needs --file PRACTICES.csv.</source>
        <translation>import nécessite --file PRATIQUES.csv.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save it as CSV UTF-8.</source>
        <translation>%1 n’est pas du texte UTF-8&#xa0;; enregistrez-le au format CSV UTF-8.</translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header row of field names (title, summary, country, pillars...) and one practice per row.</source>
        <translation>%1 est vide&#xa0;: il faut une ligne d’en-tête avec les noms des champs (title, summary, country, pillars...) et une pratique par ligne.</translation>
    </message>
    <message>
        <source>%1, line %2: column %3 &quot;%4&quot; is not a practice field that can be imported. Use the field names of the practice schema (title, summary, body, country, pillars, instrument...).</source>
        <translation>%1, ligne %2&#xa0;: la colonne %3 «&#xa0;%4&#xa0;» n’est pas un champ de pratique importable. Utilisez les noms de champs du schéma des pratiques (title, summary, body, country, pillars, instrument...).</translation>
    </message>
    <message>
        <source>%1: column &quot;%2&quot; appears twice.</source>
        <translation>%1&#xa0;: la colonne «&#xa0;%2&#xa0;» apparaît deux fois.</translation>
    </message>
    <message>
        <source>%1 cells, but the header has %2 columns.</source>
        <translation>%1 cellules, mais l’en-tête compte %2 colonnes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record id; leave it empty.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant d’enregistrement&#xa0;; laissez-le vide.</translation>
    </message>
    <message>
        <source>a record with this id already exists; change it with &quot;edit&quot; or leave the id empty.</source>
        <translation>un enregistrement avec cet identifiant existe déjà&#xa0;; modifiez-le avec «&#xa0;edit&#xa0;» ou laissez l’identifiant vide.</translation>
    </message>
    <message>
        <source>imported practices are drafts; leave the status empty or write draft, and submit them afterwards.</source>
        <translation>les pratiques importées sont des brouillons&#xa0;; laissez le statut vide ou écrivez draft, puis soumettez-les ensuite.</translation>
    </message>
    <message>
        <source>%1, row %2 (line %3): %4</source>
        <translation>%1, ligne de données %2 (ligne %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1, row %2 (line %3), field %4: %5</source>
        <translation>%1, ligne de données %2 (ligne %3), champ %4&#xa0;: %5</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 row(s) valid, %3 with problems; nothing was written.</source>
        <translation>Essai à blanc&#xa0;: %1 ligne(s) valide(s) sur %2, %3 avec des problèmes&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Cannot write the local database</source>
        <translation>Impossible d’écrire dans la base de données locale</translation>
    </message>
    <message>
        <source>Nothing was imported; the local database refused a row</source>
        <translation>Rien n’a été importé&#xa0;; la base de données locale a refusé une ligne</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <source>Imported %1 of %2 row(s) as drafts; %3 row(s) with problems were skipped (see above). The next sync sends the drafts.</source>
        <translation>%1 ligne(s) sur %2 importée(s) comme brouillons&#xa0;; %3 ligne(s) avec des problèmes ont été ignorées (voir ci-dessus). La prochaine synchronisation enverra les brouillons.</translation>
    </message>
    <message>
        <source>Imported %1 practice(s) as drafts; the next sync sends them.</source>
        <translation>%1 pratique(s) importée(s) comme brouillons&#xa0;; la prochaine synchronisation les enverra.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use one of %2.</source>
        <translation>Type «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez l’un des suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot read the local database</source>
        <translation>Impossible de lire la base de données locale</translation>
    </message>
    <message>
        <source>No record with id %1 in this profile; &quot;list&quot; and &quot;search&quot; show ids, &quot;sync&quot; fetches new records.</source>
        <translation>Aucun enregistrement avec l’identifiant %1 dans ce profil&#xa0;; «&#xa0;list&#xa0;» et «&#xa0;search&#xa0;» affichent les identifiants, «&#xa0;sync&#xa0;» récupère les nouveaux enregistrements.</translation>
    </message>
    <message>
        <source>A %1 has no field %2. Its fields are: %3.</source>
        <translation>Un enregistrement %1 n’a pas de champ %2. Ses champs sont&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Nothing was saved; correct the fields above.</source>
        <translation>Rien n’a été enregistré&#xa0;; corrigez les champs ci-dessus.</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Non autorisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>%1 is a %2; only practices are submitted and withdrawn.</source>
        <translation>%1 est de type %2&#xa0;; seules les pratiques peuvent être soumises et retirées.</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 est déjà %2.</translation>
    </message>
    <message>
        <source>Cannot move %1 from %2 to %3: %4</source>
        <translation>Impossible de faire passer %1 de %2 à %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Submitted %1; the next sync sends it for review.</source>
        <translation>%1 soumise&#xa0;; la prochaine synchronisation l’enverra pour examen.</translation>
    </message>
    <message>
        <source>Withdrew %1 to draft; the next sync sends the change.</source>
        <translation>%1 remise en brouillon&#xa0;; la prochaine synchronisation enverra la modification.</translation>
    </message>
    <message>
        <source>Only records of pillar P (digital, finance, green).</source>
        <translation>Uniquement les enregistrements du pilier P (digital, finance, green).</translation>
    </message>
    <message>
        <source>Only records of country ISO3 (alpha-3 code, e.g. KEN).</source>
        <translation>Uniquement les enregistrements du pays ISO3 (code alpha-3, p. ex. KEN).</translation>
    </message>
    <message>
        <source>Only records in status S (draft, submitted, published...).</source>
        <translation>Uniquement les enregistrements au statut S (draft, submitted, published...).</translation>
    </message>
    <message>
        <source>Print one JSON document on standard output.</source>
        <translation>Écrire un seul document JSON sur la sortie standard.</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>Échec de la recherche</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>id:       %1</source>
        <translation>id&#xa0;:       %1</translation>
    </message>
    <message>
        <source>kind:     %1</source>
        <translation>type&#xa0;:     %1</translation>
    </message>
    <message>
        <source>rev:      %1</source>
        <translation>rév.&#xa0;:     %1</translation>
    </message>
    <message>
        <source>state:    %1</source>
        <translation>état&#xa0;:     %1</translation>
    </message>
    <message>
        <source>updated:  %1</source>
        <translation>modifié&#xa0;:  %1</translation>
    </message>
    <message>
        <source>rejected: %1 (%2)</source>
        <translation>refusé&#xa0;:   %1 (%2)</translation>
    </message>
    <message>
        <source>JSON object of fields (&quot;-&quot; reads standard input).</source>
        <translation>Objet JSON de champs («&#xa0;-&#xa0;» lit l’entrée standard).</translation>
    </message>
    <message>
        <source>create needs --file FIELDS.json.</source>
        <translation>create nécessite --file CHAMPS.json.</translation>
    </message>
    <message>
        <source>Set FIELD to VALUE (JSON when it parses, else text); repeatable.</source>
        <translation>Donner la VALEUR au CHAMP (JSON s’il s’analyse, texte sinon)&#xa0;; répétable.</translation>
    </message>
    <message>
        <source>JSON object of the fields to replace (&quot;-&quot; reads standard input).</source>
        <translation>Objet JSON des champs à remplacer («&#xa0;-&#xa0;» lit l’entrée standard).</translation>
    </message>
    <message>
        <source>edit needs either --set FIELD=VALUE (repeatable) or --file FIELDS.json.</source>
        <translation>edit nécessite --set CHAMP=VALEUR (répétable) ou --file CHAMPS.json.</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, for example --set start_year=2020; got &quot;%1&quot;.</source>
        <translation>--set attend CHAMP=VALEUR, par exemple --set start_year=2020&#xa0;; reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <source>Saved %1; the next sync sends it.</source>
        <translation>%1 enregistré&#xa0;; la prochaine synchronisation l’enverra.</translation>
    </message>
    <message>
        <source>Not signed in. Sign in first: smecommunity-cli --profile %1 login --server URL --username NAME --password-stdin</source>
        <translation>Non connecté. Connectez-vous d’abord&#xa0;: smecommunity-cli --profile %1 login --server URL --username NOM --password-stdin</translation>
    </message>
    <message>
        <source>The server address of this profile cannot be used</source>
        <translation>L’adresse du serveur de ce profil est inutilisable</translation>
    </message>
    <message>
        <source>Not signed in: %1 Sign in again with login.</source>
        <translation>Non connecté&#xa0;: %1 Reconnectez-vous avec login.</translation>
    </message>
    <message>
        <source>Cannot use the trusted CA file of this profile</source>
        <translation>Impossible d’utiliser le fichier d’AC de confiance de ce profil</translation>
    </message>
    <message>
        <source>The server %1 no longer accepts this sign-in (%2). Sign in again with login.</source>
        <translation>Le serveur %1 n’accepte plus cette connexion (%2). Reconnectez-vous avec login.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). If the server uses a private certificate authority, sign in again with --ca-cert FILE.</source>
        <translation>La connexion sécurisée à %1 a échoué (%2). Si le serveur utilise une autorité de certification privée, reconnectez-vous avec --ca-cert FICHIER.</translation>
    </message>
    <message>
        <source>%2 (%1). Your local edits are kept; run sync again later.</source>
        <translation>%2 (%1). Vos modifications locales sont conservées&#xa0;; relancez sync plus tard.</translation>
    </message>
    <message>
        <source>The sync with %1 failed: %2</source>
        <translation>La synchronisation avec %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Server address (https://..., or http:// on this computer only).</source>
        <translation>Adresse du serveur (https://..., ou http:// uniquement sur cet ordinateur).</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Lire le mot de passe sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in FILE (PEM).</source>
        <translation>Faire aussi confiance aux autorités de certification de FICHIER (PEM).</translation>
    </message>
    <message>
        <source>Keep the token in DIR/token (mode 0600) instead of the keychain.</source>
        <translation>Conserver le jeton dans DOSSIER/token (mode 0600) au lieu du trousseau.</translation>
    </message>
    <message>
        <source>login needs --server URL and --username U.</source>
        <translation>login nécessite --server URL et --username U.</translation>
    </message>
    <message>
        <source>login reads the password from standard input only, so that it never shows in the process list: pass --password-stdin, for example printf &apos;%s&apos; &quot;$PASSWORD&quot; | smecommunity-cli login ... --password-stdin</source>
        <translation>login lit le mot de passe uniquement sur l’entrée standard, pour qu’il n’apparaisse jamais dans la liste des processus&#xa0;: passez --password-stdin, par exemple printf &apos;%s&apos; &quot;$PASSWORD&quot; | smecommunity-cli login ... --password-stdin</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate file %1.</source>
        <translation>Impossible de lire le fichier de certificat d’AC %1.</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>Aucun mot de passe sur l’entrée standard.</translation>
    </message>
    <message>
        <source>The server refused the user name or password for &quot;%1&quot;. Check them and try again.</source>
        <translation>Le serveur a refusé le nom d’utilisateur ou le mot de passe pour «&#xa0;%1&#xa0;». Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for &quot;%1&quot;: %2 Wait a little and try again.</source>
        <translation>Trop d’échecs de connexion pour «&#xa0;%1&#xa0;»&#xa0;: %2 Patientez un peu et réessayez.</translation>
    </message>
    <message>
        <source>The server accepted the sign-in, but the token cannot be kept in the system keychain: %1
Not signed in. To keep the token in a file only you can read (mode 0600) in the profile instead, sign in again with --token-file.</source>
        <translation>Le serveur a accepté la connexion, mais le jeton ne peut pas être conservé dans le trousseau du système : %1
Non connecté. Pour conserver le jeton dans un fichier du profil lisible par vous seul (mode 0600), reconnectez-vous avec --token-file.</translation>
    </message>
    <message>
        <source>Cannot use the server address &quot;%1&quot;</source>
        <translation>Impossible d’utiliser l’adresse de serveur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot sign in at %1: %2</source>
        <translation>Connexion impossible à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3, %4). The token is kept %5.</source>
        <translation>Connecté à %1 en tant que %2 (%3, %4). Le jeton est conservé %5.</translation>
    </message>
    <message>
        <source>in %1 (readable by you only)</source>
        <translation>dans %1 (lisible par vous seul)</translation>
    </message>
    <message>
        <source>in the system keychain</source>
        <translation>dans le trousseau du système</translation>
    </message>
    <message>
        <source>Not signed in; nothing to do.</source>
        <translation>Non connecté&#xa0;; rien à faire.</translation>
    </message>
    <message>
        <source>Could not revoke the token on %1 (%2); it is forgotten here and expires on the server by itself.</source>
        <translation>Impossible de révoquer le jeton sur %1 (%2)&#xa0;; il est oublié ici et expirera de lui-même sur le serveur.</translation>
    </message>
    <message>
        <source>Cannot save the profile</source>
        <translation>Impossible d’enregistrer le profil</translation>
    </message>
    <message>
        <source>Signed out, but the token could not be removed from the keychain: %1</source>
        <translation>Déconnecté, mais le jeton n’a pas pu être retiré du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed out of %1. Local records stay in the profile.</source>
        <translation>Déconnecté de %1. Les enregistrements locaux restent dans le profil.</translation>
    </message>
    <message>
        <source>Sending local edits: %1 of %2</source>
        <translation>Envoi des modifications locales&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Receiving changes: %1 of about %2</source>
        <translation>Réception des modifications&#xa0;: %1 sur environ %2</translation>
    </message>
    <message>
        <source>Receiving changes: %1</source>
        <translation>Réception des modifications&#xa0;: %1</translation>
    </message>
    <message>
        <source>Synced with %1: %2 received, %3 sent.</source>
        <translation>Synchronisé avec %1&#xa0;: %2 reçu(s), %3 envoyé(s).</translation>
    </message>
    <message>
        <source>%1 record(s) changed both here and on the server: see them with &quot;conflicts&quot; and settle each with &quot;resolve ID --take mine|theirs&quot;.</source>
        <translation>%1 enregistrement(s) modifié(s) ici et sur le serveur&#xa0;: consultez-les avec «&#xa0;conflicts&#xa0;» et réglez chacun avec «&#xa0;resolve ID --take mine|theirs&#xa0;».</translation>
    </message>
    <message>
        <source>The server rejected %1 edit(s); &quot;status&quot; and &quot;show ID&quot; tell why. Edit the record again to send a corrected version.</source>
        <translation>Le serveur a refusé %1 modification(s)&#xa0;; «&#xa0;status&#xa0;» et «&#xa0;show ID&#xa0;» en donnent la raison. Modifiez de nouveau l’enregistrement pour envoyer une version corrigée.</translation>
    </message>
    <message>
        <source>Server:     %1 (signed in as %2)</source>
        <translation>Serveur&#xa0;:   %1 (connecté en tant que %2)</translation>
    </message>
    <message>
        <source>Server:     none (not signed in)</source>
        <translation>Serveur&#xa0;:   aucun (non connecté)</translation>
    </message>
    <message>
        <source>Last sync:  %1</source>
        <translation>Dernière synchro&#xa0;: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Pending:    %1</source>
        <translation>En attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Conflicts:  %1</source>
        <translation>Conflits&#xa0;:  %1</translation>
    </message>
    <message>
        <source>Rejected:   %1</source>
        <translation>Refusées&#xa0;:  %1</translation>
    </message>
    <message>
        <source>  %1: %2 (%3)</source>
        <translation>  %1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message>
        <source>  deleted here, changed on the server</source>
        <translation>  supprimé ici, modifié sur le serveur</translation>
    </message>
    <message>
        <source>  deleted on the server, changed here</source>
        <translation>  supprimé sur le serveur, modifié ici</translation>
    </message>
    <message>
        <source>    base:   %1</source>
        <translation>    base&#xa0;:   %1</translation>
    </message>
    <message>
        <source>    mine:   %1</source>
        <translation>    mienne&#xa0;: %1</translation>
    </message>
    <message>
        <source>    theirs: %1</source>
        <translation>    serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>mine: your values for the conflicting fields (changes made only on the server are kept); theirs: the server&apos;s version as it is.</source>
        <translation>mine&#xa0;: vos valeurs pour les champs en conflit (les modifications faites uniquement sur le serveur sont conservées)&#xa0;; theirs&#xa0;: la version du serveur telle quelle.</translation>
    </message>
    <message>
        <source>A field to give a value of your own (repeatable).</source>
        <translation>Un champ auquel donner votre propre valeur (répétable).</translation>
    </message>
    <message>
        <source>The value of the matching --field: JSON when it parses, else text. Other fields are resolved as with --take mine.</source>
        <translation>La valeur du --field correspondant&#xa0;: JSON s’il s’analyse, texte sinon. Les autres champs sont résolus comme avec --take mine.</translation>
    </message>
    <message>
        <source>resolve needs either --take mine|theirs or --field F --value V.</source>
        <translation>resolve nécessite --take mine|theirs ou --field F --value V.</translation>
    </message>
    <message>
        <source>Give one --value for each --field.</source>
        <translation>Donnez un --value pour chaque --field.</translation>
    </message>
    <message>
        <source>--take is either mine or theirs, not &quot;%1&quot;.</source>
        <translation>--take vaut mine ou theirs, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No conflict for %1; &quot;conflicts&quot; lists them.</source>
        <translation>Aucun conflit pour %1&#xa0;; «&#xa0;conflicts&#xa0;» les liste.</translation>
    </message>
    <message>
        <source>Cannot resolve the conflict</source>
        <translation>Impossible de résoudre le conflit</translation>
    </message>
    <message>
        <source>Took the server&apos;s version of %1; your edit is dropped.</source>
        <translation>Version du serveur retenue pour %1&#xa0;; votre modification est abandonnée.</translation>
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation>Impossible de supprimer %1</translation>
    </message>
    <message>
        <source>Kept your deletion of %1; it is sent by the next sync.</source>
        <translation>Suppression de %1 conservée&#xa0;; elle sera envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>A %1 has no field &quot;%2&quot;.</source>
        <translation>Un enregistrement %1 n’a pas de champ «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The conflict is not resolved; fix the values above.</source>
        <translation>Le conflit n’est pas résolu&#xa0;; corrigez les valeurs ci-dessus.</translation>
    </message>
    <message>
        <source>Kept your version of %1; it is sent by the next sync.</source>
        <translation>Votre version de %1 est conservée&#xa0;; elle sera envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Resolved %1 with your values; it is sent by the next sync.</source>
        <translation>%1 résolu avec vos valeurs&#xa0;; envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Use the profile in DIR (default: the desktop app&apos;s).</source>
        <translation>Utiliser le profil du dossier DIR (par défaut : celui de l’application de bureau).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Usage: smecommunity-cli [--profile DIR] %1 %2

</source>
        <translation>Utilisation : smecommunity-cli [--profile DIR] %1 %2

</translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation>Options :
</translation>
    </message>
    <message>
        <source>Usage: smecommunity-cli [--profile DIR] COMMAND [options]

</source>
        <translation>Utilisation : smecommunity-cli [--profile DIR] COMMANDE [options]

</translation>
    </message>
    <message>
        <source>Command-line client of the Global SME Ministerial Community Platform. It works on the same profile as the desktop app (replica, settings, sign-in) and offline for everything but login, logout and sync.</source>
        <translation>Client en ligne de commande de la Plateforme ministérielle mondiale des PME. Il travaille sur le même profil que l’application de bureau (réplique, réglages, connexion) et hors ligne pour tout sauf login, logout et sync.</translation>
    </message>
    <message>
        <source>
Commands:
</source>
        <translation>
Commandes :
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
Options générales :
  --profile DIR   Utiliser le profil du dossier DIR (par défaut : %1)
  -h, --help      Afficher cette aide ; « help COMMANDE » ou « COMMANDE --help » pour une commande.
  --version       Afficher la version.

</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 2 usage, 3 not found or invalid input, 4 server unreachable or unavailable, 5 not signed in or credentials refused, 6 sync done but conflicts or rejections remain.</source>
        <translation>Codes de sortie : 0 succès, 2 utilisation, 3 introuvable ou saisie invalide, 4 serveur injoignable ou indisponible, 5 non connecté ou identifiants refusés, 6 synchronisation faite mais conflits ou refus restants.</translation>
    </message>
    <message>
        <source>Try &quot;smecommunity-cli %1 --help&quot;.
</source>
        <translation>Essayez « smecommunity-cli %1 --help ».
</translation>
    </message>
    <message>
        <source>Try &quot;smecommunity-cli --help&quot;.
</source>
        <translation>Essayez « smecommunity-cli --help ».
</translation>
    </message>
    <message>
        <source>--profile needs a folder.</source>
        <translation>--profile attend un dossier.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; before the command.</source>
        <translation>Option inconnue « %1 » avant la commande.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 attend %2.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>This is free software: you are free to change and redistribute it. There is NO WARRANTY, to the extent permitted by law.</source>
        <translation>Ceci est un logiciel libre&#xa0;: vous pouvez le modifier et le redistribuer. Il n&apos;y a AUCUNE GARANTIE, dans les limites permises par la loi.</translation>
    </message>
    <message>
        <source>Only commitments or threads of meeting ID.</source>
        <translation>Seulement les engagements ou fils de discussion de la réunion ID.</translation>
    </message>
    <message>
        <source>Say what to count by with --by, e.g. --by pillar.</source>
        <translation>Indiquez le critère de comptage avec --by, par exemple --by pillar.</translation>
    </message>
    <message>
        <source>Cannot count</source>
        <translation>Comptage impossible</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 record(s) in all; one with several values counts under each.</source>
        <translation>%1 enregistrement(s) au total ; un enregistrement à plusieurs valeurs compte sous chacune.</translation>
    </message>
    <message>
        <source>Counts records of one kind (practices, commitments...) by pillar, region, country, status, instrument, target group, evidence level, start year or meeting; the same filters give the same records as &quot;list&quot;.</source>
        <translation>Compte les enregistrements d’un type (pratiques, engagements...) par pilier, région, pays, statut, instrument, groupe cible, niveau de preuve, année de début ou réunion ; les mêmes filtres donnent les mêmes enregistrements que &quot;list&quot;.</translation>
    </message>
    <message>
        <source>A %1 has no status to filter on.</source>
        <translation>Un enregistrement %1 n’a pas de statut sur lequel filtrer.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot; for a %2; use one of %3.</source>
        <translation>Statut inconnu &quot;%1&quot; pour %2 ; utilisez l’un de %3.</translation>
    </message>
    <message>
        <source>Sign in first (&quot;login&quot;): joining, declining and leaving are done for your country.</source>
        <translation>Connectez-vous d&apos;abord (« login ») : on rejoint, décline ou quitte une initiative au nom de son pays.</translation>
    </message>
    <message>
        <source>Only a country&apos;s delegates join, decline or leave initiatives for it; you are signed in as %1.</source>
        <translation>Seuls les délégués d&apos;un pays rejoignent, déclinent ou quittent des initiatives en son nom ; vous êtes connecté en tant que %1.</translation>
    </message>
    <message>
        <source>%1 is a %2; countries join, decline and leave initiatives.</source>
        <translation>%1 est de type %2 ; les pays rejoignent, déclinent et quittent des initiatives.</translation>
    </message>
    <message>
        <source>%1 has already joined %2.</source>
        <translation>%1 a déjà rejoint %2.</translation>
    </message>
    <message>
        <source>%1 is not invited to %2; its lead country or the secretariat invites partners.</source>
        <translation>%1 n&apos;est pas invité à %2 ; c&apos;est le pays chef de file ou le secrétariat qui invite les partenaires.</translation>
    </message>
    <message>
        <source>%1 joined %2; the next sync sends it.</source>
        <translation>%1 a rejoint %2 ; la prochaine synchronisation l&apos;envoie.</translation>
    </message>
    <message>
        <source>%1 has joined %2; use &quot;leave&quot; to take it out.</source>
        <translation>%1 a rejoint %2 ; utilisez « leave » pour l&apos;en retirer.</translation>
    </message>
    <message>
        <source>%1 is not invited to %2.</source>
        <translation>%1 n&apos;est pas invité à %2.</translation>
    </message>
    <message>
        <source>%1 declined %2; the next sync sends it.</source>
        <translation>%1 a décliné %2 ; la prochaine synchronisation l&apos;envoie.</translation>
    </message>
    <message>
        <source>%1 has not joined %2; use &quot;decline&quot; to refuse the invitation.</source>
        <translation>%1 n&apos;a pas rejoint %2 ; utilisez « decline » pour refuser l&apos;invitation.</translation>
    </message>
    <message>
        <source>%1 is not a partner of %2.</source>
        <translation>%1 n&apos;est pas partenaire de %2.</translation>
    </message>
    <message>
        <source>%1 left %2; the next sync sends it.</source>
        <translation>%1 a quitté %2 ; la prochaine synchronisation l&apos;envoie.</translation>
    </message>
    <message>
        <source>Lists records of one kind (practice, thread, post, meeting, commitment, initiative), newest first, optionally filtered. For initiatives, --country matches the lead and the partner countries.</source>
        <translation>Liste les fiches d&apos;un type (practice, thread, post, meeting, commitment, initiative), les plus récentes d&apos;abord, éventuellement filtrées. Pour les initiatives, --country retient le pays chef de file et les pays partenaires.</translation>
    </message>
    <message>
        <source>Accepts the invitation of your country to a joint initiative: your country becomes a partner and its delegates can edit the initiative. Sent by the next sync.</source>
        <translation>Accepte l&apos;invitation de votre pays à une initiative conjointe : votre pays devient partenaire et ses délégués peuvent modifier l&apos;initiative. Envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Declines the invitation of your country to a joint initiative. Sent by the next sync.</source>
        <translation>Décline l&apos;invitation de votre pays à une initiative conjointe. Envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>    hunk %1</source>
        <translation>    bloc %1</translation>
    </message>
    <message>
        <source>      base:   %1</source>
        <translation>      base :   %1</translation>
    </message>
    <message>
        <source>      mine:   %1</source>
        <translation>      la mienne : %1</translation>
    </message>
    <message>
        <source>      theirs: %1</source>
        <translation>      serveur : %1</translation>
    </message>
    <message>
        <source>With one --field and --take mine|theirs|both: resolves only hunk N of that text field (both: mine, then theirs). The record leaves the conflict state with its last hunk.</source>
        <translation>Avec un seul --field et --take mine|theirs|both : résout seulement le bloc N de ce champ de texte (both : le vôtre, puis celui du serveur). L’enregistrement sort du conflit avec son dernier bloc.</translation>
    </message>
    <message>
        <source>resolve --hunk needs one --field F, a hunk number N and --take mine|theirs|both.</source>
        <translation>resolve --hunk nécessite un seul --field F, un numéro de bloc N et --take mine|theirs|both.</translation>
    </message>
    <message>
        <source>%1 has no hunk %2 in field &quot;%3&quot;; &quot;conflicts&quot; lists them.</source>
        <translation>%1 n’a pas de bloc %2 dans le champ « %3 » ; « conflicts » les liste.</translation>
    </message>
    <message>
        <source>Resolved the last hunk of %1; it is sent by the next sync.</source>
        <translation>Dernier bloc de %1 résolu ; il sera envoyé à la prochaine synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>Resolved hunk %1 of %2; %n left to resolve.</source>
        <translation>
            <numerusform>Bloc %1 de %2 résolu ; %n reste à résoudre.</numerusform>
            <numerusform>Bloc %1 de %2 résolu ; %n restent à résoudre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolves a conflict: keep your version, take the server&apos;s, or give the value of named fields (JSON when it parses, text otherwise) and keep yours for the rest, or settle one hunk of a text field. Sent by the next sync.</source>
        <translation>Résout un conflit : garder votre version, prendre celle du serveur, ou donner la valeur de champs nommés (JSON si elle s’analyse comme tel, texte sinon) et garder la vôtre pour le reste, ou régler un bloc d’un champ de texte. Envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Takes your country out of a joint initiative it joined. Sent by the next sync.</source>
        <translation>Retire votre pays d’une initiative conjointe qu’il a rejointe. Envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Count by B: %1 (practices); %2 (commitments).</source>
        <translation>Compter par B : %1 (pratiques) ; %2 (engagements).</translation>
    </message>
    <message>
        <source>The kind to export: practice (default), thread, post, meeting, commitment, initiative.</source>
        <translation>Le type à exporter : practice (par défaut), thread, post, meeting, commitment, initiative.</translation>
    </message>
    <message>
        <source>Exported %1 record(s) of kind %2 to %3.</source>
        <translation>%1 enregistrement(s) de type %2 exporté(s) vers %3.</translation>
    </message>
    <message>
        <source>The server has no record %1 that you may see.</source>
        <translation>Le serveur n’a aucun enregistrement %1 que vous puissiez voir.</translation>
    </message>
    <message>
        <source>Offline: the server could not be reached (%1); showing the history kept here from an earlier fetch, which may lack the newest revisions.</source>
        <translation>Hors ligne : le serveur est injoignable (%1) ; voici l’historique conservé ici lors d’une consultation antérieure, qui peut ne pas contenir les dernières révisions.</translation>
    </message>
    <message>
        <source>Offline: not signed in; showing the history kept here from an earlier fetch, which may lack the newest revisions.</source>
        <translation>Hors ligne : vous n’êtes pas connecté ; voici l’historique conservé ici lors d’une consultation antérieure, qui peut ne pas contenir les dernières révisions.</translation>
    </message>
    <message>
        <source>--%1 needs a revision number (see &quot;history&quot;), not &quot;%2&quot;.</source>
        <translation>--%1 attend un numéro de révision (voir « history »), pas « %2 ».</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>no field changed</source>
        <translation>aucun champ modifié</translation>
    </message>
    <message>
        <source>first listed: %1</source>
        <translation>première révision listée : %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>modifié : %1</translation>
    </message>
    <message>
        <source>No revision of %1 is visible to you.</source>
        <translation>Aucune révision de %1 ne vous est visible.</translation>
    </message>
    <message>
        <source>The older revision.</source>
        <translation>La révision la plus ancienne.</translation>
    </message>
    <message>
        <source>The newer revision.</source>
        <translation>La révision la plus récente.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>diff needs --from REV and --to REV (see &quot;history&quot;).</source>
        <translation>diff attend --from REV et --to REV (voir « history »).</translation>
    </message>
    <message>
        <source>%1 has no revision %2 that you may see; &quot;history %1&quot; lists them.</source>
        <translation>%1 n’a pas de révision %2 que vous puissiez voir ; « history %1 » les liste.</translation>
    </message>
    <message>
        <source>No field differs between revisions %1 and %2.</source>
        <translation>Aucun champ ne diffère entre les révisions %1 et %2.</translation>
    </message>
    <message>
        <source>The revision to restore (see &quot;history&quot;).</source>
        <translation>La révision à restaurer (voir « history »).</translation>
    </message>
    <message>
        <source>restore needs --rev REV, a revision number from &quot;history&quot;.</source>
        <translation>restore attend --rev REV, un numéro de révision donné par « history ».</translation>
    </message>
    <message>
        <source>%1 has no revision %2 with content that you may see; &quot;history %1&quot; lists them.</source>
        <translation>%1 n’a pas de révision %2 avec un contenu que vous puissiez voir ; « history %1 » les liste.</translation>
    </message>
    <message>
        <source>%1 already has the content of revision %2; nothing to restore.</source>
        <translation>%1 a déjà le contenu de la révision %2 ; rien à restaurer.</translation>
    </message>
    <message>
        <source>Restored the content of revision %1 as a local edit of %2 (its status is kept); the next sync sends it.</source>
        <translation>Contenu de la révision %1 restauré comme modification locale de %2 (son statut est conservé) ; la prochaine synchronisation l’envoie.</translation>
    </message>
    <message>
        <source>Lists the revisions of a record you may see, newest first: rev, who, when, which fields changed. Asks the server and keeps the answer; offline, shows what was kept and says so.</source>
        <translation>Liste les révisions d’un enregistrement que vous pouvez voir, de la plus récente à la plus ancienne : révision, auteur, date, champs modifiés. Interroge le serveur et conserve la réponse ; hors ligne, affiche ce qui a été conservé et le signale.</translation>
    </message>
    <message>
        <source>Shows what changed between two revisions of a record, field by field and word by word: [-deleted-] and {+inserted+}.</source>
        <translation>Montre ce qui a changé entre deux révisions d’un enregistrement, champ par champ et mot par mot : [-supprimé-] et {+inséré+}.</translation>
    </message>
    <message>
        <source>Makes the content of an earlier revision the record&apos;s content again, as an ordinary local edit (its status and other workflow fields are kept). Sent by the next sync.</source>
        <translation>Rétablit le contenu d’une révision antérieure comme contenu de l’enregistrement, par une modification locale ordinaire (son statut et les autres champs du circuit de validation sont conservés). Envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Exports practices (or the records of another kind, --kind) to CSV, Markdown or PDF.</source>
        <translation>Exporte les pratiques (ou les enregistrements d’un autre type, --kind) en CSV, Markdown ou PDF.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client of the Global SME Ministerial Community Platform.</source>
        <translation>Client de bureau de la Plateforme ministérielle mondiale de la communauté des PME.</translation>
    </message>
    <message>
        <source>Use the profile in DIR (replica, settings, sign-in).</source>
        <translation>Utiliser le profil situé dans DOSSIER (réplique, paramètres, connexion).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Override the user interface language.</source>
        <translation>Imposer la langue de l’interface.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Fill an empty profile with demo content and work offline.</source>
        <translation>Remplir un profil vide avec du contenu de démonstration et travailler hors ligne.</translation>
    </message>
    <message>
        <source>Demo secretariat</source>
        <translation>Secrétariat (démo)</translation>
    </message>
    <message>
        <source>SME Community</source>
        <translation>Communauté PME</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VIEW</translation>
    </message>
    <message>
        <source>Open the window on VIEW: %1, country:ISO3 (a country&apos;s profile) or compare:ISO3,ISO3[,...] (two to four countries side by side).</source>
        <translation>Ouvrir la fenêtre sur VUE : %1, country:ISO3 (le profil d’un pays) ou compare:ISO3,ISO3[,...] (deux à quatre pays côte à côte).</translation>
    </message>
</context>
<context>
    <name>smec::cli::Context</name>
    <message>
        <source>Cannot open the local database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données locale %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3).</source>
        <translation>%1 n’est pas du JSON valide (à l’octet %2&#xa0;: %3).</translation>
    </message>
    <message>
        <source>%1 must hold one JSON object of fields, like {&quot;title&quot;: &quot;...&quot;}.</source>
        <translation>%1 doit contenir un objet JSON de champs, comme {&quot;title&quot;: &quot;...&quot;}.</translation>
    </message>
</context>
<context>
    <name>smec::datagen::DemoData</name>
    <message>
        <source>The demo data set is missing from this build (%1).</source>
        <translation>Le jeu de données de démonstration est absent de cette version (%1).</translation>
    </message>
    <message>
        <source>The demo data is not a JSON object: %1.</source>
        <translation>Les données de démonstration ne sont pas un objet JSON&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Expected a list of %1.</source>
        <translation>Une liste de %1 était attendue.</translation>
    </message>
    <message>
        <source>Not a canonical record id: &quot;%1&quot;.</source>
        <translation>Identifiant d’enregistrement non canonique&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Duplicate record id %1.</source>
        <translation>Identifiant d’enregistrement en double&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Expected kind &quot;%1&quot; in the list %2.</source>
        <translation>Type «&#xa0;%1&#xa0;» attendu dans la liste %2.</translation>
    </message>
    <message>
        <source>Expected an object of fields.</source>
        <translation>Un objet de champs était attendu.</translation>
    </message>
    <message>
        <source>Not a demo user.</source>
        <translation>Ce n’est pas un utilisateur de démonstration.</translation>
    </message>
    <message>
        <source>The thread is not in the demo data.</source>
        <translation>Ce fil de discussion ne figure pas dans les données de démonstration.</translation>
    </message>
    <message>
        <source>A reply must follow the post it answers in the demo data.</source>
        <translation>Dans les données de démonstration, une réponse doit suivre le message auquel elle répond.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::AboutDialog</name>
    <message>
        <source>About SME Community</source>
        <translation>À propos de Communauté PME</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SME Community %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The desktop client of the Global SME Ministerial Community Platform: document SME policy practices, learn from peers, and follow up ministerial meetings and commitments.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Communauté PME %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Le client de bureau de la Plateforme ministérielle mondiale de la communauté des PME&#xa0;: documentez les pratiques en matière de politiques en faveur des PME, apprenez de vos pairs et assurez le suivi des réunions et des engagements ministériels.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SME Community is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version (%2). It comes with NO WARRANTY, to the extent permitted by law.</source>
        <translation>Communauté PME est un logiciel libre&#xa0;: vous pouvez le redistribuer et/ou le modifier selon les termes de la &lt;a href=&quot;%1&quot;&gt;Licence publique générale GNU&lt;/a&gt;, version 3 ou (à votre choix) toute version ultérieure (%2). Il est fourni SANS AUCUNE GARANTIE, dans les limites permises par la loi.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Third-party components</source>
        <translation>Composants tiers</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Utilisé pour</translation>
    </message>
    <message>
        <source>LGPL-3.0; Qt HTTP Server and Qt Charts: GPL-3.0</source>
        <translation>LGPL-3.0&#xa0;; Qt HTTP Server et Qt Charts&#xa0;: GPL-3.0</translation>
    </message>
    <message>
        <source>user interface, networking and databases (desktop, CLI and server)</source>
        <translation>interface utilisateur, réseau et bases de données (bureau, CLI et serveur)</translation>
    </message>
    <message>
        <source>Markdown highlighting in the editor (desktop, where installed)</source>
        <translation>coloration Markdown dans l&apos;éditeur (bureau, là où elle est installée)</translation>
    </message>
    <message>
        <source>keeping the sign-in in the system keychain (desktop and CLI)</source>
        <translation>conservation de la connexion dans le trousseau du système (bureau et CLI)</translation>
    </message>
    <message>
        <source>password hashing (server)</source>
        <translation>hachage des mots de passe (serveur)</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>domaine public</translation>
    </message>
    <message>
        <source>the local replica, and the server&apos;s database on a single machine</source>
        <translation>la réplique locale, et la base de données du serveur sur une seule machine</translation>
    </message>
    <message>
        <source>line diffs for merging text edited on two computers (desktop and CLI)</source>
        <translation>différences ligne par ligne pour fusionner un texte modifié sur deux ordinateurs (bureau et CLI)</translation>
    </message>
</context>
<context>
    <name>smec::desktop::Application</name>
    <message>
        <source>You (offline)</source>
        <translation>Vous (hors ligne)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s) to %1.</source>
        <translation>
            <numerusform>%Ln enregistrement exporté vers %1.</numerusform>
            <numerusform>%Ln enregistrements exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>Name of the search:</source>
        <translation>Nom de la recherche&#xa0;:</translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Signed in, but this computer has no keychain to keep the sign-in safely, so it was not kept. Start a keychain (for example GNOME Keyring or KWallet) and sign in again, or work offline.</source>
        <translation>Connexion réussie, mais cet ordinateur n’a pas de trousseau pour la conserver en sécurité&#xa0;: elle n’a donc pas été gardée. Démarrez un trousseau (par exemple GNOME Keyring ou KWallet) et reconnectez-vous, ou travaillez hors ligne.</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) to %1</source>
        <translation>
            <numerusform>%n invitation adressée à %1</numerusform>
            <numerusform>%n invitations adressées à %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::Charts</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Save the chart as .png or .pdf.</source>
        <translation>Enregistrez le graphique en .png ou en .pdf.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Document PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>smec::desktop::ComparePage</name>
    <message>
        <source>Choose at least two different countries.</source>
        <translation>Choisissez au moins deux pays différents.</translation>
    </message>
    <message>
        <source>Cannot count: %1</source>
        <translation>Comptage impossible : %1</translation>
    </message>
    <message>
        <source>Practices per pillar</source>
        <translation>Pratiques par pilier</translation>
    </message>
    <message>
        <source>Instruments used</source>
        <translation>Instruments utilisés</translation>
    </message>
    <message>
        <source>Target groups reached</source>
        <translation>Groupes cibles atteints</translation>
    </message>
    <message>
        <source>Evidence levels</source>
        <translation>Niveaux de preuve</translation>
    </message>
    <message>
        <source>Practices by status</source>
        <translation>Pratiques par statut</translation>
    </message>
    <message>
        <source>Commitment statuses</source>
        <translation>Statuts des engagements</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Pratiques</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message numerus="yes">
        <source>%n countries compared; a practice with several pillars or target groups counts under each.</source>
        <translation>
            <numerusform>%n pays comparé ; une pratique à plusieurs piliers ou groupes cibles compte sous chacun.</numerusform>
            <numerusform>%n pays comparés ; une pratique à plusieurs piliers ou groupes cibles compte sous chacun.</numerusform>
        </translation>
    </message>
    <message>
        <source>Country &amp;%1</source>
        <translation>Pays &amp;%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>&amp;Copier en CSV</translation>
    </message>
    <message>
        <source>Copy the table to the clipboard as comma-separated values</source>
        <translation>Copier le tableau dans le presse-papiers en valeurs séparées par des virgules</translation>
    </message>
    <message>
        <source>&amp;Save chart...</source>
        <translation>&amp;Enregistrer le graphique...</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or a PDF document</source>
        <translation>Enregistrer le graphique en image PNG ou en document PDF</translation>
    </message>
    <message>
        <source>Countries compared</source>
        <translation>Pays comparés</translation>
    </message>
</context>
<context>
    <name>smec::desktop::ConflictDialog</name>
    <message>
        <source>Resolve a conflict</source>
        <translation>Résoudre un conflit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted on the server while you were editing it. Keep your version to create it again, or accept the deletion.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé sur le serveur pendant que vous le modifiiez. Conservez votre version pour le recréer, ou acceptez la suppression.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed on the server and on this computer. For each field, keep yours, take the server&apos;s (double-click it), or edit the result.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié sur le serveur et sur cet ordinateur. Pour chaque champ, conservez votre valeur, prenez celle du serveur (double-clic) ou modifiez le résultat.</translation>
    </message>
    <message>
        <source>Conflicting fields</source>
        <translation>Champs en conflit</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <source>Theirs (server)</source>
        <translation>Celle du serveur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Double-click to keep yours</source>
        <translation>Double-cliquez pour conserver la vôtre</translation>
    </message>
    <message>
        <source>Double-click to take the server&apos;s</source>
        <translation>Double-cliquez pour prendre celle du serveur</translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation>&amp;Conserver ma version</translation>
    </message>
    <message>
        <source>&amp;Resolve with the result</source>
        <translation>&amp;Résoudre avec le résultat</translation>
    </message>
    <message>
        <source>&amp;Accept the deletion</source>
        <translation>&amp;Accepter la suppression</translation>
    </message>
    <message>
        <source>Take the &amp;server&apos;s version</source>
        <translation>Prendre la version du &amp;serveur</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Could not resolve: %1</source>
        <translation>Résolution impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>changed here and on the server</source>
        <translation>changé ici et sur le serveur</translation>
    </message>
    <message>
        <source>changed on the server</source>
        <translation>changé sur le serveur</translation>
    </message>
    <message>
        <source>changed here</source>
        <translation>changé ici</translation>
    </message>
    <message>
        <source>Text changed in the same place on both sides: decide each place. Until you do, it keeps your text.</source>
        <translation>Le texte a changé au même endroit des deux côtés : décidez pour chaque endroit. En attendant, votre texte est conservé.</translation>
    </message>
    <message>
        <source>Conflicting places in text fields</source>
        <translation>Endroits en conflit dans les champs de texte</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Endroit</translation>
    </message>
    <message>
        <source>%1, place %2</source>
        <translation>%1, endroit %2</translation>
    </message>
    <message>
        <source>(not decided: yours for now)</source>
        <translation>(non décidé : le vôtre pour l’instant)</translation>
    </message>
    <message>
        <source>Take &amp;mine</source>
        <translation>Prendre le &amp;mien</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Prendre celui de l’au&amp;tre</translation>
    </message>
    <message>
        <source>Take &amp;both</source>
        <translation>Prendre les &amp;deux</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Modifi&amp;er</translation>
    </message>
    <message>
        <source>Merged text, conflicting places marked</source>
        <translation>Texte fusionné, endroits en conflit signalés</translation>
    </message>
    <message>
        <source>[place %1, not decided: mine]</source>
        <translation>[endroit %1, non décidé : le mien]</translation>
    </message>
    <message>
        <source>[place %1, theirs]</source>
        <translation>[endroit %1, celui du serveur]</translation>
    </message>
    <message>
        <source>[end of place %1]</source>
        <translation>[fin de l’endroit %1]</translation>
    </message>
</context>
<context>
    <name>smec::desktop::ConflictsPage</name>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Résoudre…</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Resolve the selected conflict</source>
        <translation>Résoudre le conflit sélectionné</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>%1 (deleted on the server)</source>
        <translation>%1 (supprimé sur le serveur)</translation>
    </message>
    <message>
        <source>No conflicts. Edits made here and on the server fitted together.</source>
        <translation>Aucun conflit. Les modifications faites ici et sur le serveur sont compatibles.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) changed here and on the server need your decision.</source>
        <translation>
            <numerusform>%Ln enregistrement modifié ici et sur le serveur attend votre décision.</numerusform>
            <numerusform>%Ln enregistrements modifiés ici et sur le serveur attendent votre décision.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::CountriesPage</name>
    <message>
        <source>Country profile</source>
        <translation>Profil du pays</translation>
    </message>
    <message>
        <source>Compare countries</source>
        <translation>Comparer des pays</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
</context>
<context>
    <name>smec::desktop::CountryProfilePage</name>
    <message>
        <source>Cannot read the country: %1</source>
        <translation>Impossible de lire le pays : %1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Pratiques</translation>
    </message>
    <message>
        <source>%1 &amp;mdash; by status: %2; by pillar: %3</source>
        <translation>%1 &amp;mdash; par statut : %2 ; par pilier : %3</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>%1 &amp;mdash; %2</source>
        <translation>%1 &amp;mdash; %2</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>%1 hosted, %2 attended</source>
        <translation>%1 accueillies, %2 suivies</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Dialogue</translation>
    </message>
    <message numerus="yes">
        <source>%Ln thread(s) started by its delegates</source>
        <translation>
            <numerusform>%Ln fil lancé par ses délégués</numerusform>
            <numerusform>%Ln fils lancés par ses délégués</numerusform>
        </translation>
    </message>
    <message>
        <source>Joint initiatives</source>
        <translation>Initiatives conjointes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln led or joined</source>
        <translation>
            <numerusform>%Ln menée ou rejointe</numerusform>
            <numerusform>%Ln menées ou rejointes</numerusform>
        </translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>Practices (%1)</source>
        <translation>Pratiques (%1)</translation>
    </message>
    <message>
        <source>Commitments (%1)</source>
        <translation>Engagements (%1)</translation>
    </message>
    <message>
        <source>Meetings (%1)</source>
        <translation>Réunions (%1)</translation>
    </message>
    <message>
        <source>Recent dialogue (%1)</source>
        <translation>Dialogue récent (%1)</translation>
    </message>
    <message>
        <source>Joint initiatives (%1)</source>
        <translation>Initiatives conjointes (%1)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Année de début</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Fil de discussion</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Practices of the country</source>
        <translation>Pratiques du pays</translation>
    </message>
    <message>
        <source>Commitments of the country</source>
        <translation>Engagements du pays</translation>
    </message>
    <message>
        <source>Meetings hosted or attended</source>
        <translation>Réunions accueillies ou suivies</translation>
    </message>
    <message>
        <source>Threads started by the country&apos;s delegates</source>
        <translation>Fils lancés par les délégués du pays</translation>
    </message>
    <message>
        <source>Joint initiatives led or joined</source>
        <translation>Initiatives conjointes menées ou rejointes</translation>
    </message>
    <message>
        <source>What the country does</source>
        <translation>Ce que fait le pays</translation>
    </message>
</context>
<context>
    <name>smec::desktop::DialoguePage</name>
    <message>
        <source>&amp;Post reply</source>
        <translation>&amp;Publier la réponse</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Citer</translation>
    </message>
    <message>
        <source>&amp;Hide post…</source>
        <translation>&amp;Masquer le message…</translation>
    </message>
    <message>
        <source>New &amp;thread…</source>
        <translation>Nouveau &amp;fil…</translation>
    </message>
    <message>
        <source>Posts of the thread</source>
        <translation>Messages du fil</translation>
    </message>
    <message>
        <source>Your reply, Markdown</source>
        <translation>Votre réponse, en Markdown</translation>
    </message>
    <message>
        <source>Write a reply (Markdown). It is sent at the next sync.</source>
        <translation>Rédigez une réponse (Markdown). Elle sera envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Quote the selected post</source>
        <translation>Citer le message sélectionné</translation>
    </message>
    <message>
        <source>Hide the selected post</source>
        <translation>Masquer le message sélectionné</translation>
    </message>
    <message>
        <source>Start a new thread</source>
        <translation>Ouvrir un nouveau fil de discussion</translation>
    </message>
    <message>
        <source>Hide post</source>
        <translation>Masquer le message</translation>
    </message>
    <message>
        <source>Why is this post hidden? The author sees the reason.</source>
        <translation>Pourquoi ce message est-il masqué&#xa0;? L’auteur verra la raison.</translation>
    </message>
    <message>
        <source>New thread</source>
        <translation>Nouveau fil de discussion</translation>
    </message>
    <message>
        <source>What do you want to discuss?</source>
        <translation>De quoi souhaitez-vous discuter&#xa0;?</translation>
    </message>
    <message>
        <source>Choose a thread first.</source>
        <translation>Choisissez d’abord un fil de discussion.</translation>
    </message>
    <message>
        <source>Post reply</source>
        <translation>Publier la réponse</translation>
    </message>
</context>
<context>
    <name>smec::desktop::EditorDialog</name>
    <message>
        <source>Save status</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification en cours…</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Enregistrement impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved on this computer at %1.</source>
        <translation>Enregistré sur cet ordinateur à %1.</translation>
    </message>
    <message>
        <source>Changes are saved automatically on this computer and sent at the next sync.</source>
        <translation>Les modifications sont enregistrées automatiquement sur cet ordinateur et envoyées à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Every saved version of this record, what changed and who changed it; restore an earlier one.</source>
        <translation>Chaque version enregistrée de cet enregistrement, ce qui a changé et qui l’a changé ; restaurer une version antérieure.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::HistoryDialog</name>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restaurer cette version</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Select a revision to see what it changed, or two to compare them.</source>
        <translation>Sélectionnez une révision pour voir ce qu’elle a changé, ou deux pour les comparer.</translation>
    </message>
    <message>
        <source>Fetching the history…</source>
        <translation>Récupération de l’historique…</translation>
    </message>
    <message>
        <source>No history of this record is kept on this computer, and the server cannot be reached. Try again when online.</source>
        <translation>Aucun historique de cet enregistrement n’est conservé sur cet ordinateur, et le serveur est injoignable. Réessayez une fois en ligne.</translation>
    </message>
    <message>
        <source>The history cannot be shown: %1</source>
        <translation>Impossible d’afficher l’historique : %1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Offline: this is the history kept on this computer from an earlier visit; newer revisions may be missing.</source>
        <translation>Hors ligne : voici l’historique conservé sur cet ordinateur lors d’une visite antérieure ; des révisions plus récentes peuvent manquer.</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s) you may see, newest first. Select two to compare.</source>
        <translation>
            <numerusform>%n révision visible pour vous. Sélectionnez-en deux pour comparer.</numerusform>
            <numerusform>%n révisions visibles pour vous, la plus récente d’abord. Sélectionnez-en deux pour comparer.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the country changed since changes were requested (revision %1 to %2).</source>
        <translation>Ce que le pays a modifié depuis la demande de modifications (révision %1 à %2).</translation>
    </message>
    <message>
        <source>No request for changes is in this practice&apos;s history.</source>
        <translation>L’historique de cette pratique ne contient aucune demande de modifications.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Select one revision, or two to compare.</source>
        <translation>Sélectionnez une révision, ou deux pour comparer.</translation>
    </message>
    <message>
        <source>Revision %1 compared with revision %2</source>
        <translation>Révision %1 comparée à la révision %2</translation>
    </message>
    <message>
        <source>Revision %1, the oldest you may see</source>
        <translation>Révision %1, la plus ancienne que vous puissiez voir</translation>
    </message>
    <message>
        <source>No field differs.</source>
        <translation>Aucun champ ne diffère.</translation>
    </message>
    <message>
        <source>This record is not on this computer; sync first.</source>
        <translation>Cet enregistrement n’est pas sur cet ordinateur ; synchronisez d’abord.</translation>
    </message>
    <message>
        <source>The record already has the content of revision %1.</source>
        <translation>L’enregistrement a déjà le contenu de la révision %1.</translation>
    </message>
    <message>
        <source>Cannot restore: %1</source>
        <translation>Restauration impossible : %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Enregistrement impossible : %1</translation>
    </message>
    <message>
        <source>The content of revision %1 is now the record&apos;s content, saved on this computer; the next sync sends it.</source>
        <translation>Le contenu de la révision %1 est désormais celui de l’enregistrement, enregistré sur cet ordinateur ; la prochaine synchronisation l’envoie.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::InitiativeActionBar</name>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Décliner</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Join this initiative</source>
        <translation>Rejoindre cette initiative</translation>
    </message>
    <message>
        <source>Decline the invitation</source>
        <translation>Décliner l&apos;invitation</translation>
    </message>
    <message>
        <source>Leave this initiative</source>
        <translation>Quitter cette initiative</translation>
    </message>
    <message>
        <source>%1 leads this initiative.</source>
        <translation>%1 est chef de file de cette initiative.</translation>
    </message>
    <message>
        <source>%1 is a partner of this initiative.</source>
        <translation>%1 est partenaire de cette initiative.</translation>
    </message>
    <message>
        <source>%1 is not part of this initiative.</source>
        <translation>%1 ne participe pas à cette initiative.</translation>
    </message>
    <message>
        <source>Invitation to %1</source>
        <translation>Invitation adressée à %1</translation>
    </message>
    <message>
        <source>%1 is invited to join this initiative. Join to take part in it, or decline the invitation.</source>
        <translation>%1 est invité(e) à rejoindre cette initiative. Rejoignez-la pour y participer, ou déclinez l’invitation.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::MainWindow</name>
    <message>
        <source>SME Community</source>
        <translation>Communauté PME</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>Nothing here yet. Sign in to a server or work offline to see %1.</source>
        <translation>Rien pour l’instant. Connectez-vous à un serveur ou travaillez hors ligne pour voir %1.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New practice…</source>
        <translation>&amp;Nouvelle pratique…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>As &amp;PDF…</source>
        <translation>En &amp;PDF…</translation>
    </message>
    <message>
        <source>As &amp;Markdown…</source>
        <translation>En &amp;Markdown…</translation>
    </message>
    <message>
        <source>As &amp;CSV…</source>
        <translation>En &amp;CSV…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation>Résoudre les &amp;conflits…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About SME Community</source>
        <translation>À &amp;propos de Communauté PME</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>Recherche rapide</translation>
    </message>
    <message>
        <source>Search practices, discussions and initiatives (Ctrl+F)</source>
        <translation>Rechercher dans les pratiques, les discussions et les initiatives (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>smec::desktop::MarkdownEditor</name>
    <message>
        <source>Preview of %1</source>
        <translation>Aperçu de %1</translation>
    </message>
</context>
<context>
    <name>smec::desktop::OfflineSyncService</name>
    <message>
        <source>Working offline. Your changes are kept and will be sent once you sign in to a server (File &gt; Sign in).</source>
        <translation>Travail hors ligne. Vos modifications sont conservées et seront envoyées dès que vous vous connecterez à un serveur (Fichier &gt; Se connecter).</translation>
    </message>
</context>
<context>
    <name>smec::desktop::OutboxPage</name>
    <message>
        <source>Changes to send</source>
        <translation>Modifications à envoyer</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>%1 — refused by the server: %2</source>
        <translation>%1 — refusé par le serveur&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — deletion waiting to be sent (%2)</source>
        <translation>%1 — suppression en attente d’envoi (%2)</translation>
    </message>
    <message>
        <source>%1 — waiting to be sent (%2)</source>
        <translation>%1 — en attente d’envoi (%2)</translation>
    </message>
    <message>
        <source>Everything you changed has been sent.</source>
        <translation>Toutes vos modifications ont été envoyées.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) made on this computer, oldest first.</source>
        <translation>
            <numerusform>%Ln modification faite sur cet ordinateur, de la plus ancienne à la plus récente.</numerusform>
            <numerusform>%Ln modifications faites sur cet ordinateur, de la plus ancienne à la plus récente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::PracticeActionBar</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the draft now</source>
        <translation>Enregistrer le brouillon maintenant</translation>
    </message>
    <message>
        <source>Drafts are also saved automatically as you type.</source>
        <translation>Les brouillons sont aussi enregistrés automatiquement pendant la saisie.</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>S&amp;oumettre</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Start &amp;review</source>
        <translation>Commencer l’e&amp;xamen</translation>
    </message>
    <message>
        <source>Request &amp;changes…</source>
        <translation>Demander des &amp;modifications…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>Changes since &amp;request</source>
        <translation>Modifications depuis la &amp;demande</translation>
    </message>
    <message>
        <source>Compare the practice as it was when changes were requested with the practice now.</source>
        <translation>Comparer la pratique telle qu’elle était lors de la demande de modifications avec la pratique actuelle.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::PracticeEditorDialog</name>
    <message>
        <source>Policy or programme, Markdown</source>
        <translation>Politique ou programme, en Markdown</translation>
    </message>
    <message>
        <source>Results and evidence, Markdown</source>
        <translation>Résultats et éléments probants, en Markdown</translation>
    </message>
    <message>
        <source>Lessons learned, Markdown</source>
        <translation>Enseignements tirés, en Markdown</translation>
    </message>
    <message>
        <source>Markdown sections</source>
        <translation>Sections Markdown</translation>
    </message>
    <message>
        <source>Policy or &amp;programme</source>
        <translation>Politique ou &amp;programme</translation>
    </message>
    <message>
        <source>Res&amp;ults and evidence</source>
        <translation>Rés&amp;ultats et éléments probants</translation>
    </message>
    <message>
        <source>&amp;Lessons learned</source>
        <translation>&amp;Enseignements tirés</translation>
    </message>
    <message>
        <source>This practice is no longer in your copy.</source>
        <translation>Cette pratique ne figure plus dans votre copie.</translation>
    </message>
    <message>
        <source>New practice</source>
        <translation>Nouvelle pratique</translation>
    </message>
    <message>
        <source>%1 – Practice</source>
        <translation>%1 – Pratique</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>title (status)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Enregistrement impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Demander des modifications</translation>
    </message>
    <message>
        <source>Tell the country what to change before this practice can be published:</source>
        <translation>Indiquez au pays ce qu’il doit modifier avant que cette pratique puisse être publiée&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention before this step.</source>
        <translation>
            <numerusform>%n champ doit être revu avant cette étape.</numerusform>
            <numerusform>%n champs doivent être revus avant cette étape.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now %1. The change is sent at the next sync.</source>
        <translation>Désormais&#xa0;: %1. La modification sera envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Practice details</source>
        <translation>Détails de la pratique</translation>
    </message>
</context>
<context>
    <name>smec::desktop::PracticeFormWidget</name>
    <message>
        <source>(not set)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>A short name a peer would search for</source>
        <translation>Un nom court qu’un homologue chercherait</translation>
    </message>
    <message>
        <source>Two or three sentences: what, for whom, with what result</source>
        <translation>Deux ou trois phrases&#xa0;: quoi, pour qui, avec quel résultat</translation>
    </message>
    <message>
        <source>Pillar %1</source>
        <translation>Pilier %1</translation>
    </message>
    <message>
        <source>Target group %1</source>
        <translation>Groupe cible %1</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from year to year</comment>
        <translation>à</translation>
    </message>
    <message>
        <source>One per line: title | https://address</source>
        <translation>Une par ligne&#xa0;: titre | https://adresse</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Séparés par des virgules</translation>
    </message>
    <message>
        <source>e.g. en, fr, es, ar</source>
        <translation>p. ex. en, fr, es, ar</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
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
            <numerusform>%Ln pratique</numerusform>
            <numerusform>%Ln pratiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln thread(s)</source>
        <translation>
            <numerusform>%Ln fil de discussion</numerusform>
            <numerusform>%Ln fils de discussion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln réunion</numerusform>
            <numerusform>%Ln réunions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln engagement</numerusform>
            <numerusform>%Ln engagements</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;New practice</source>
        <translation>&amp;Nouvelle pratique</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Number of records</source>
        <translation>Nombre d’enregistrements</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Modifier l’enregistrement sélectionné</translation>
    </message>
    <message>
        <source>Create a new record</source>
        <translation>Créer un nouvel enregistrement</translation>
    </message>
    <message>
        <source>Select an item in the list to read it here.</source>
        <translation>Sélectionnez un élément de la liste pour le lire ici.</translation>
    </message>
    <message>
        <source>This record is no longer available.</source>
        <translation>Cet enregistrement n’est plus disponible.</translation>
    </message>
    <message>
        <source>Open the editor (Enter)</source>
        <translation>Ouvrir l’éditeur (Entrée)</translation>
    </message>
    <message>
        <source>The server refused your last change: %1 Edit the record to fix it; the next save sends it again.</source>
        <translation>Le serveur a refusé votre dernière modification&#xa0;: %1 Modifiez l’enregistrement pour corriger le problème&#xa0;; le prochain enregistrement le renverra.</translation>
    </message>
    <message>
        <source>This record was changed on the server too. Open Conflicts to decide which version to keep.</source>
        <translation>Cet enregistrement a aussi été modifié sur le serveur. Ouvrez Conflits pour choisir la version à conserver.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln initiative(s)</source>
        <translation>
            <numerusform>%Ln initiative</numerusform>
            <numerusform>%Ln initiatives</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the profile of %1</source>
        <translation>Ouvrir le profil : %1</translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation>Profil : %1</translation>
    </message>
    <message>
        <source>&amp;Invitations to my country</source>
        <translation>&amp;Invitations adressées à mon pays</translation>
    </message>
    <message>
        <source>Invitations to my country</source>
        <translation>Invitations adressées à mon pays</translation>
    </message>
    <message>
        <source>Only the initiatives that invite %1 to join and that it has not answered yet.</source>
        <translation>Seulement les initiatives qui invitent %1 à les rejoindre et auxquelles il n’a pas encore répondu.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::RecordEditorDialog</name>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>%1, Markdown</source>
        <translation>%1, en Markdown</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Separate values with commas</source>
        <translation>Séparez les valeurs par des virgules</translation>
    </message>
    <message>
        <source>This record is no longer in your copy.</source>
        <translation>Cet enregistrement ne figure plus dans votre copie.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>title – kind</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Save on this computer now (also automatic)</source>
        <translation>Enregistrer maintenant sur cet ordinateur (se fait aussi automatiquement)</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Country codes separated by commas (RWA, UGA); new ones are invited</source>
        <translation>Codes pays séparés par des virgules (RWA, UGA) ; les nouveaux sont invités</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation>Échéance (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Ajouter un jalon</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>Supprimer le jalon</translation>
    </message>
</context>
<context>
    <name>smec::desktop::SearchPage</name>
    <message>
        <source>&amp;Save this search…</source>
        <translation>&amp;Enregistrer cette recherche…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>Résumé de la recherche</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Enregistrer cette recherche</translation>
    </message>
    <message>
        <source>Selected result</source>
        <translation>Résultat sélectionné</translation>
    </message>
    <message>
        <source>Search is not available: %1</source>
        <translation>La recherche n’est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s), best first</source>
        <translation>
            <numerusform>%Ln résultat, le plus pertinent en premier</numerusform>
            <numerusform>%Ln résultats, les plus pertinents en premier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 The search index is still being built (%Ln record(s) to go): results may be incomplete.</source>
        <translation>
            <numerusform>%1 L’index de recherche est encore en construction (%Ln fiche restante) : les résultats peuvent être incomplets.</numerusform>
            <numerusform>%1 L’index de recherche est encore en construction (%Ln fiches restantes) : les résultats peuvent être incomplets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type to search practices, discussions and joint initiatives.</source>
        <translation>Tapez pour rechercher dans les pratiques, les discussions et les initiatives conjointes.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Intervalle de synchronisation en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>S&amp;ynchroniser toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies the next time SME Community starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Communauté PME.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::ShowView</name>
    <message>
        <source>Unknown country &quot;%1&quot;; give an ISO 3166-1 alpha-3 code such as KEN.</source>
        <translation>Pays inconnu « %1 » ; indiquez un code ISO 3166-1 alpha-3 comme KEN.</translation>
    </message>
    <message>
        <source>Unknown countries: %1; give ISO 3166-1 alpha-3 codes such as KEN.</source>
        <translation>Pays inconnus : %1 ; indiquez des codes ISO 3166-1 alpha-3 comme KEN.</translation>
    </message>
    <message>
        <source>Compare two to four different countries, e.g. compare:KEN,RWA.</source>
        <translation>Comparez deux à quatre pays différents, par exemple compare:KEN,RWA.</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;; use one of %2, country:ISO3 or compare:ISO3,ISO3.</source>
        <translation>Vue inconnue « %1 » ; utilisez l’une de %2, country:ISO3 ou compare:ISO3,ISO3.</translation>
    </message>
</context>
<context>
    <name>smec::desktop::SignInDialog</name>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>Travailler &amp;hors ligne</translation>
    </message>
    <message>
        <source>Sign in to SME Community</source>
        <translation>Connexion à Communauté PME</translation>
    </message>
    <message>
        <source>Sign in to your platform&apos;s server to sync practices, dialogue and meetings. You can also work offline and sign in later.</source>
        <translation>Connectez-vous au serveur de votre plateforme pour synchroniser les pratiques, le dialogue et les réunions. Vous pouvez aussi travailler hors ligne et vous connecter plus tard.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Trusted certificate authority file</source>
        <translation>Fichier de l’autorité de certification de confiance</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose a certificate authority file</source>
        <translation>Choisir un fichier d’autorité de certification</translation>
    </message>
    <message>
        <source>Trusted &amp;CA file:</source>
        <translation>Fichier d’&amp;AC de confiance&#xa0;:</translation>
    </message>
    <message>
        <source>Only for a private deployment whose certificate is issued by your organisation.</source>
        <translation>Uniquement pour un déploiement privé dont le certificat est délivré par votre organisation.</translation>
    </message>
    <message>
        <source>Trusted certificate authority</source>
        <translation>Autorité de certification de confiance</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Browse and draft on this computer with the shipped reference data; sign in later from the File menu.</source>
        <translation>Consultez et rédigez sur cet ordinateur avec les données de référence fournies&#xa0;; connectez-vous plus tard depuis le menu Fichier.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
</context>
<context>
    <name>smec::desktop::StatisticsPage</name>
    <message>
        <source>Cannot count: %1</source>
        <translation>Comptage impossible : %1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s); one with several values counts under each.</source>
        <translation>
            <numerusform>%Ln pratique ; une pratique à plusieurs valeurs compte sous chacune.</numerusform>
            <numerusform>%Ln pratiques ; une pratique à plusieurs valeurs compte sous chacune.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s).</source>
        <translation>
            <numerusform>%Ln pratique.</numerusform>
            <numerusform>%Ln pratiques.</numerusform>
        </translation>
    </message>
    <message>
        <source>Practices by %1</source>
        <translation>Pratiques par %1</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Pratiques</translation>
    </message>
    <message>
        <source>&amp;Pillar</source>
        <translation>&amp;Pilier</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Région</translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation>Tous les piliers</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>&amp;Copier en CSV</translation>
    </message>
    <message>
        <source>Copy the table to the clipboard as comma-separated values</source>
        <translation>Copier le tableau dans le presse-papiers en valeurs séparées par des virgules</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Figures of the chart</source>
        <translation>Chiffres du graphique</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>&amp;Save chart...</source>
        <translation>&amp;Enregistrer le graphique...</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or a PDF document</source>
        <translation>Enregistrer le graphique en image PNG ou en document PDF</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s); one with several values counts under each.</source>
        <translation>
            <numerusform>%Ln engagement ; un engagement à plusieurs valeurs compte sous chacune.</numerusform>
            <numerusform>%Ln engagements ; un engagement à plusieurs valeurs compte sous chacune.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s).</source>
        <translation>
            <numerusform>%Ln engagement.</numerusform>
            <numerusform>%Ln engagements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitments by %1</source>
        <translation>Engagements par %1</translation>
    </message>
    <message>
        <source>C&amp;ount</source>
        <translation>C&amp;ompter</translation>
    </message>
    <message>
        <source>&amp;by</source>
        <translation>&amp;par</translation>
    </message>
</context>
<context>
    <name>smec::desktop::SyncStatusWidget</name>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>No pending changes</source>
        <translation>Aucune modification en attente</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Connected to the server</source>
        <translation>Connecté au serveur</translation>
    </message>
    <message>
        <source>Working on this computer&apos;s copy; changes are kept and sent when the server can be reached.</source>
        <translation>Travail sur la copie de cet ordinateur&#xa0;; les modifications sont conservées et envoyées dès que le serveur est joignable.</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to send</source>
        <translation>
            <numerusform>%Ln modification à envoyer</numerusform>
            <numerusform>%Ln modifications à envoyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln rejected</source>
        <comment>pending text, rejected count</comment>
        <translation>
            <numerusform>%1, %Ln refusée</numerusform>
            <numerusform>%1, %Ln refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %Ln record(s) received</source>
        <translation>
            <numerusform>Synchronisation : %Ln fiche reçue</numerusform>
            <numerusform>Synchronisation : %Ln fiches reçues</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing for search: %1 %</source>
        <translation>Indexation pour la recherche : %1 %</translation>
    </message>
</context>
<context>
    <name>smec::desktop::SyncWorker</name>
    <message>
        <source>The server address of this profile cannot be used: %1</source>
        <translation>L’adresse du serveur de ce profil est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>You are not signed in (%1). Sign in again to sync.</source>
        <translation>Vous n’êtes pas connecté (%1). Reconnectez-vous pour synchroniser.</translation>
    </message>
    <message>
        <source>Could not open the local database: %1</source>
        <translation>Impossible d’ouvrir la base de données locale&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sync cancelled; it continues where it stopped next time.</source>
        <translation>Synchronisation annulée&#xa0;; elle reprendra là où elle s’est arrêtée la prochaine fois.</translation>
    </message>
    <message>
        <source>The server no longer accepts your sign-in. Sign in again.</source>
        <translation>Le serveur n’accepte plus votre connexion. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Working offline: %1</source>
        <translation>Travail hors ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed on both sides: resolve them under Conflicts.</source>
        <translation>
            <numerusform>%n enregistrement modifié des deux côtés&#xa0;: résolvez-le dans Conflits.</numerusform>
            <numerusform>%n enregistrements modifiés des deux côtés&#xa0;: résolvez-les dans Conflits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server rejected %n change(s); see the Outbox for its reasons.</source>
        <translation>
            <numerusform>Le serveur a refusé %n modification&#xa0;; consultez la boîte d’envoi pour en connaître la raison.</numerusform>
            <numerusform>Le serveur a refusé %n modifications&#xa0;; consultez la boîte d’envoi pour en connaître les raisons.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::TrackerPage</name>
    <message>
        <source>Open country profile</source>
        <translation>Ouvrir le profil du pays</translation>
    </message>
    <message>
        <source>Cannot read the commitments: %1</source>
        <translation>Impossible de lire les engagements : %1</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Sans statut</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Due within 90 days (%1)</source>
        <translation>Échéance sous 90 jours (%1)</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>En retard (%1)</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>Sans pilier</translation>
    </message>
    <message>
        <source>Commitments by pillar and status</source>
        <translation>Engagements par pilier et statut</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>By meeting</source>
        <translation>Par réunion</translation>
    </message>
    <message>
        <source>By pillar</source>
        <translation>Par pilier</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>Toutes les réunions</translation>
    </message>
    <message>
        <source>&amp;Pillar</source>
        <translation>&amp;Pilier</translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation>Tous les piliers</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Région</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>&amp;Copier en CSV</translation>
    </message>
    <message>
        <source>Copy the commitments shown to the clipboard as comma-separated values</source>
        <translation>Copier les engagements affichés dans le presse-papiers en valeurs séparées par des virgules</translation>
    </message>
    <message>
        <source>&amp;Save chart...</source>
        <translation>&amp;Enregistrer le graphique...</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or a PDF document</source>
        <translation>Enregistrer le graphique en image PNG ou en document PDF</translation>
    </message>
    <message>
        <source>Commitments by country</source>
        <translation>Engagements par pays</translation>
    </message>
    <message>
        <source>Commitments due within 90 days</source>
        <translation>Engagements arrivant à échéance sous 90 jours</translation>
    </message>
    <message>
        <source>Overdue commitments</source>
        <translation>Engagements en retard</translation>
    </message>
    <message>
        <source>Due within 90 days</source>
        <translation>Échéance sous 90 jours</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln engagement</numerusform>
            <numerusform>%Ln engagements</numerusform>
        </translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <translation>Pays : %1</translation>
    </message>
    <message>
        <source>Due within 90 days: %1</source>
        <translation>Échéance sous 90 jours : %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>En retard : %1</translation>
    </message>
    <message>
        <source>Commitments by pillar, due and overdue</source>
        <translation>Engagements par pilier, à échéance et en retard</translation>
    </message>
</context>
<context>
    <name>smec::domain::AccessPolicy</name>
    <message>
        <source>its country</source>
        <translation>son pays</translation>
    </message>
    <message>
        <source>The reference code is assigned by the server.</source>
        <translation>Le code de référence est attribué par le serveur.</translation>
    </message>
    <message>
        <source>Only the secretariat writes review notes.</source>
        <translation>Seul le secrétariat rédige les notes d’examen.</translation>
    </message>
    <message>
        <source>Only the secretariat can hide or show posts.</source>
        <translation>Seul le secrétariat peut masquer ou afficher des messages.</translation>
    </message>
    <message>
        <source>Write a review note telling the delegation what to change.</source>
        <translation>Rédigez une note d’examen indiquant à la délégation ce qu’il faut modifier.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d’abord.</translation>
    </message>
    <message>
        <source>Only practices go through review.</source>
        <translation>Seules les pratiques sont soumises à examen.</translation>
    </message>
    <message>
        <source>Choose the status to move the practice to.</source>
        <translation>Choisissez le statut à donner à la pratique.</translation>
    </message>
    <message>
        <source>Only posts can be hidden.</source>
        <translation>Seuls les messages peuvent être masqués.</translation>
    </message>
    <message>
        <source>The practice has an unknown status, &quot;%1&quot;.</source>
        <translation>La pratique a un statut inconnu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The practice is already &quot;%1&quot;.</source>
        <translation>La pratique est déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A practice cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Une pratique ne peut pas passer de «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>A record cannot change its kind.</source>
        <translation>Un enregistrement ne peut pas changer de type.</translation>
    </message>
    <message>
        <source>This record does not exist or was already deleted.</source>
        <translation>Cet enregistrement n’existe pas ou a déjà été supprimé.</translation>
    </message>
    <message>
        <source>Delegates can assign records only to their own country.</source>
        <translation>Les délégués ne peuvent attribuer des enregistrements qu’à leur propre pays.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can see this practice until it is published.</source>
        <translation>Seuls les délégués de %1 et le secrétariat peuvent voir cette pratique jusqu’à sa publication.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can add practices for %1.</source>
        <translation>Seuls les délégués de %1 et le secrétariat peuvent ajouter des pratiques pour %1.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can edit this practice.</source>
        <translation>Seuls les délégués de %1 et le secrétariat peuvent modifier cette pratique.</translation>
    </message>
    <message>
        <source>This practice is &quot;%2&quot;: only the secretariat can change it now.</source>
        <translation>Cette pratique est «&#xa0;%2&#xa0;»&#xa0;: seul le secrétariat peut désormais la modifier.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can delete this practice.</source>
        <translation>Seuls les délégués de %1 et le secrétariat peuvent supprimer cette pratique.</translation>
    </message>
    <message>
        <source>This practice is &quot;%2&quot;: delegates can delete only drafts. Ask the secretariat to delete it.</source>
        <translation>Cette pratique est «&#xa0;%2&#xa0;»&#xa0;: les délégués ne peuvent supprimer que des brouillons. Demandez au secrétariat de la supprimer.</translation>
    </message>
    <message>
        <source>Only the author of this thread and the secretariat can edit it.</source>
        <translation>Seuls l’auteur de ce fil et le secrétariat peuvent le modifier.</translation>
    </message>
    <message>
        <source>Only the secretariat can delete a thread.</source>
        <translation>Seul le secrétariat peut supprimer un fil de discussion.</translation>
    </message>
    <message>
        <source>This post was hidden by the secretariat.</source>
        <translation>Ce message a été masqué par le secrétariat.</translation>
    </message>
    <message>
        <source>Only the author of a post can edit it.</source>
        <translation>Seul l’auteur d’un message peut le modifier.</translation>
    </message>
    <message>
        <source>Only the author of a post and the secretariat can delete it.</source>
        <translation>Seuls l’auteur d’un message et le secrétariat peuvent le supprimer.</translation>
    </message>
    <message>
        <source>Only the secretariat can add meetings.</source>
        <translation>Seul le secrétariat peut ajouter des réunions.</translation>
    </message>
    <message>
        <source>Only the secretariat can edit meetings.</source>
        <translation>Seul le secrétariat peut modifier les réunions.</translation>
    </message>
    <message>
        <source>Only the secretariat can delete meetings.</source>
        <translation>Seul le secrétariat peut supprimer des réunions.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can record commitments of %1.</source>
        <translation>Seuls les délégués de %1 et le secrétariat peuvent enregistrer les engagements de %1.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can update this commitment.</source>
        <translation>Seuls les délégués de %1 et le secrétariat peuvent mettre à jour cet engagement.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can delete this commitment.</source>
        <translation>Seuls les délégués de %1 et le secrétariat peuvent supprimer cet engagement.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can submit this practice.</source>
        <translation>Seuls les délégués de %1 et le secrétariat peuvent soumettre cette pratique.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can withdraw this practice.</source>
        <translation>Seuls les délégués de %1 et le secrétariat peuvent retirer cette pratique.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can resubmit this practice.</source>
        <translation>Seuls les délégués de %1 et le secrétariat peuvent soumettre à nouveau cette pratique.</translation>
    </message>
    <message>
        <source>Only the secretariat can start the review of a practice.</source>
        <translation>Seul le secrétariat peut commencer l’examen d’une pratique.</translation>
    </message>
    <message>
        <source>Only the secretariat can request changes to a practice.</source>
        <translation>Seul le secrétariat peut demander des modifications d’une pratique.</translation>
    </message>
    <message>
        <source>Only the secretariat can publish a practice.</source>
        <translation>Seul le secrétariat peut publier une pratique.</translation>
    </message>
    <message>
        <source>Only the secretariat can archive a practice.</source>
        <translation>Seul le secrétariat peut archiver une pratique.</translation>
    </message>
    <message>
        <source>Only the secretariat can restore an archived practice.</source>
        <translation>Seul le secrétariat peut restaurer une pratique archivée.</translation>
    </message>
    <message>
        <source>%1 has not joined this initiative: only a delegate of %1 can accept the invitation.</source>
        <translation>%1 n&apos;a pas rejoint cette initiative : seul un délégué de %1 peut accepter l&apos;invitation.</translation>
    </message>
    <message>
        <source>%1 was not invited to this initiative: its lead country or the secretariat invites partners first.</source>
        <translation>%1 n&apos;a pas été invité à cette initiative : le pays chef de file ou le secrétariat invite d&apos;abord les partenaires.</translation>
    </message>
    <message>
        <source>Only the secretariat can hand an initiative to another lead country.</source>
        <translation>Seul le secrétariat peut confier une initiative à un autre pays chef de file.</translation>
    </message>
    <message>
        <source>Only the secretariat can end an initiative or reopen an ended one.</source>
        <translation>Seul le secrétariat peut clore une initiative ou rouvrir une initiative close.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can invite or remove partner countries.</source>
        <translation>Seuls les délégués de %1 et le secrétariat peuvent inviter ou retirer des pays partenaires.</translation>
    </message>
    <message>
        <source>Only the secretariat can end an initiative.</source>
        <translation>Seul le secrétariat peut clore une initiative.</translation>
    </message>
    <message>
        <source>Only delegates of %1, of the countries invited to this initiative and the secretariat can see it while it is proposed.</source>
        <translation>Seuls les délégués de %1, ceux des pays invités à cette initiative et le secrétariat peuvent la voir tant qu&apos;elle est proposée.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can propose initiatives led by %1.</source>
        <translation>Seuls les délégués de %1 et le secrétariat peuvent proposer des initiatives dont %1 est chef de file.</translation>
    </message>
    <message>
        <source>Only delegates of %1, of the partner countries that joined this initiative and the secretariat can edit it.</source>
        <translation>Seuls les délégués de %1, ceux des pays partenaires qui ont rejoint cette initiative et le secrétariat peuvent la modifier.</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can delete this initiative.</source>
        <translation>Seuls les délégués de %1 et le secrétariat peuvent supprimer cette initiative.</translation>
    </message>
    <message>
        <source>This initiative is &quot;%2&quot;: only the secretariat can delete it now.</source>
        <translation>Cette initiative est « %2 » : seul le secrétariat peut désormais la supprimer.</translation>
    </message>
</context>
<context>
    <name>smec::domain::FieldSchema</name>
    <message>
        <source>Fill in &quot;%1&quot;.</source>
        <translation>Renseignez «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Digital transformation</source>
        <translation>Transformation numérique</translation>
    </message>
    <message>
        <source>Access to finance</source>
        <translation>Accès au financement</translation>
    </message>
    <message>
        <source>Green transition</source>
        <translation>Transition verte</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Code de référence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Give the practice a title.</source>
        <translation>Donnez un titre à la pratique.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Add a summary of the practice before submitting.</source>
        <translation>Ajoutez un résumé de la pratique avant de la soumettre.</translation>
    </message>
    <message>
        <source>Policy or programme</source>
        <translation>Politique ou programme</translation>
    </message>
    <message>
        <source>Describe the policy or programme and how it was implemented before submitting.</source>
        <translation>Décrivez la politique ou le programme et sa mise en œuvre avant de soumettre.</translation>
    </message>
    <message>
        <source>Results and evidence</source>
        <translation>Résultats et éléments probants</translation>
    </message>
    <message>
        <source>Describe the tangible results and the evidence for them before submitting.</source>
        <translation>Décrivez les résultats concrets et les éléments qui les étayent avant de soumettre.</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Enseignements tirés</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Choose the country of the practice before submitting.</source>
        <translation>Choisissez le pays de la pratique avant de la soumettre.</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Piliers</translation>
    </message>
    <message>
        <source>Choose at least one pillar before submitting.</source>
        <translation>Choisissez au moins un pilier avant de soumettre.</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Subvention</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Fonds propres</translation>
    </message>
    <message>
        <source>Tax incentive</source>
        <translation>Incitation fiscale</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Réglementation</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Advisory services</source>
        <translation>Services de conseil</translation>
    </message>
    <message>
        <source>Digital service</source>
        <translation>Service numérique</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Public procurement</source>
        <translation>Marchés publics</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Choose the policy instrument before submitting.</source>
        <translation>Choisissez l’instrument de politique avant de soumettre.</translation>
    </message>
    <message>
        <source>Micro enterprises</source>
        <translation>Microentreprises</translation>
    </message>
    <message>
        <source>Small enterprises</source>
        <translation>Petites entreprises</translation>
    </message>
    <message>
        <source>Medium-sized enterprises</source>
        <translation>Moyennes entreprises</translation>
    </message>
    <message>
        <source>Start-ups</source>
        <translation>Jeunes pousses</translation>
    </message>
    <message>
        <source>Women-led enterprises</source>
        <translation>Entreprises dirigées par des femmes</translation>
    </message>
    <message>
        <source>Youth-led enterprises</source>
        <translation>Entreprises dirigées par des jeunes</translation>
    </message>
    <message>
        <source>Exporters</source>
        <translation>Exportateurs</translation>
    </message>
    <message>
        <source>Informal enterprises</source>
        <translation>Entreprises informelles</translation>
    </message>
    <message>
        <source>Rural enterprises</source>
        <translation>Entreprises rurales</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Groupes cibles</translation>
    </message>
    <message>
        <source>Implementing organisation</source>
        <translation>Organisme de mise en œuvre</translation>
    </message>
    <message>
        <source>Name the organisation that implemented the practice before submitting.</source>
        <translation>Indiquez l’organisme qui a mis en œuvre la pratique avant de soumettre.</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Année de début</translation>
    </message>
    <message>
        <source>Give the year the practice started before submitting.</source>
        <translation>Indiquez l’année de début de la pratique avant de soumettre.</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>Année de fin</translation>
    </message>
    <message>
        <source>Budget (USD)</source>
        <translation>Budget (USD)</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <source>Emerging</source>
        <translation>Émergente</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Prometteuse</translation>
    </message>
    <message>
        <source>Proven</source>
        <translation>Éprouvée</translation>
    </message>
    <message>
        <source>Evidence level</source>
        <translation>Niveau de preuve</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En cours d’examen</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Note d’examen</translation>
    </message>
    <message>
        <source>Give the thread a title.</source>
        <translation>Donnez un titre au fil de discussion.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Related practices</source>
        <translation>Pratiques liées</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Fil de discussion</translation>
    </message>
    <message>
        <source>A post must belong to a thread.</source>
        <translation>Un message doit appartenir à un fil de discussion.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Write a message before posting.</source>
        <translation>Rédigez un message avant de publier.</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>En réponse à</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <source>Reason for hiding</source>
        <translation>Motif du masquage</translation>
    </message>
    <message>
        <source>Give the meeting a title.</source>
        <translation>Donnez un titre à la réunion.</translation>
    </message>
    <message>
        <source>Global ministerial</source>
        <translation>Ministérielle mondiale</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Régionale</translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Choose the type of meeting.</source>
        <translation>Choisissez le type de réunion.</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Début le</translation>
    </message>
    <message>
        <source>Give the date the meeting starts.</source>
        <translation>Indiquez la date de début de la réunion.</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Fin le</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Pays hôte</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtuelle</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Participating countries</source>
        <translation>Pays participants</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <source>Choose the country that made the commitment.</source>
        <translation>Choisissez le pays qui a pris l’engagement.</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>Choose the pillar of the commitment.</source>
        <translation>Choisissez le pilier de l’engagement.</translation>
    </message>
    <message>
        <source>Give the commitment a title.</source>
        <translation>Donnez un titre à l’engagement.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Annoncé</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Partially achieved</source>
        <translation>Partiellement atteint</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Non atteint</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Give the initiative a title.</source>
        <translation>Donnez un titre à l&apos;initiative.</translation>
    </message>
    <message>
        <source>Lead country</source>
        <translation>Pays chef de file</translation>
    </message>
    <message>
        <source>Choose the country that leads the initiative.</source>
        <translation>Choisissez le pays chef de file de l&apos;initiative.</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>Pays partenaires</translation>
    </message>
    <message>
        <source>Joint programme</source>
        <translation>Programme conjoint</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>Examen par les pairs</translation>
    </message>
    <message>
        <source>Twinning</source>
        <translation>Jumelage</translation>
    </message>
    <message>
        <source>Regional facility</source>
        <translation>Mécanisme régional</translation>
    </message>
    <message>
        <source>Coordinated policy</source>
        <translation>Politique coordonnée</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Achevée</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Launched at meeting</source>
        <translation>Lancée lors de la réunion</translation>
    </message>
    <message>
        <source>Related commitments</source>
        <translation>Engagements liés</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
</context>
<context>
    <name>smec::domain::PracticeStatus</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En cours d’examen</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
</context>
<context>
    <name>smec::domain::ReferenceData</name>
    <message>
        <source>&quot;%1&quot; must be a non-empty string.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une chaîne non vide.</translation>
    </message>
    <message>
        <source>The built-in reference file %1 is missing.</source>
        <translation>Le fichier de référence intégré %1 est absent.</translation>
    </message>
    <message>
        <source>The built-in reference file %1 is not a JSON array.</source>
        <translation>Le fichier de référence intégré %1 n’est pas un tableau JSON.</translation>
    </message>
    <message>
        <source>The reference data is not valid JSON: %1.</source>
        <translation>Les données de référence ne sont pas du JSON valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The reference data must be a JSON object.</source>
        <translation>Les données de référence doivent être un objet JSON.</translation>
    </message>
    <message>
        <source>&quot;countries&quot; must be an array.</source>
        <translation>«&#xa0;countries&#xa0;» doit être un tableau.</translation>
    </message>
    <message>
        <source>&quot;pillars&quot; must be an array.</source>
        <translation>«&#xa0;pillars&#xa0;» doit être un tableau.</translation>
    </message>
    <message>
        <source>&quot;users&quot; must be an array.</source>
        <translation>«&#xa0;users&#xa0;» doit être un tableau.</translation>
    </message>
    <message>
        <source>Each country must be a JSON object.</source>
        <translation>Chaque pays doit être un objet JSON.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an upper-case alpha-3 code.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code alpha-3 en majuscules.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an upper-case alpha-2 code.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code alpha-2 en majuscules.</translation>
    </message>
    <message>
        <source>The country code %1 appears twice.</source>
        <translation>Le code pays %1 apparaît deux fois.</translation>
    </message>
    <message>
        <source>Each pillar must be a JSON object.</source>
        <translation>Chaque pilier doit être un objet JSON.</translation>
    </message>
    <message>
        <source>&quot;description&quot; must be a string.</source>
        <translation>«&#xa0;description&#xa0;» doit être une chaîne.</translation>
    </message>
    <message>
        <source>The pillar %1 appears twice.</source>
        <translation>Le pilier %1 apparaît deux fois.</translation>
    </message>
    <message>
        <source>Each user needs an &quot;id&quot; and a known &quot;role&quot;.</source>
        <translation>Chaque utilisateur doit avoir un «&#xa0;id&#xa0;» et un «&#xa0;role&#xa0;» connu.</translation>
    </message>
    <message>
        <source>The user %1 appears twice.</source>
        <translation>L’utilisateur %1 apparaît deux fois.</translation>
    </message>
</context>
<context>
    <name>smec::domain::Region</name>
    <message>
        <source>Africa</source>
        <translation>Afrique</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>Amériques</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>Asie</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>Océanie</translation>
    </message>
    <message>
        <source>Australia and New Zealand</source>
        <translation>Australie et Nouvelle-Zélande</translation>
    </message>
    <message>
        <source>Central Asia</source>
        <translation>Asie centrale</translation>
    </message>
    <message>
        <source>Eastern Asia</source>
        <translation>Asie de l’Est</translation>
    </message>
    <message>
        <source>Eastern Europe</source>
        <translation>Europe de l’Est</translation>
    </message>
    <message>
        <source>Latin America and the Caribbean</source>
        <translation>Amérique latine et Caraïbes</translation>
    </message>
    <message>
        <source>Melanesia</source>
        <translation>Mélanésie</translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation>Micronésie</translation>
    </message>
    <message>
        <source>Northern Africa</source>
        <translation>Afrique du Nord</translation>
    </message>
    <message>
        <source>Northern America</source>
        <translation>Amérique du Nord</translation>
    </message>
    <message>
        <source>Northern Europe</source>
        <translation>Europe du Nord</translation>
    </message>
    <message>
        <source>Polynesia</source>
        <translation>Polynésie</translation>
    </message>
    <message>
        <source>South-eastern Asia</source>
        <translation>Asie du Sud-Est</translation>
    </message>
    <message>
        <source>Southern Asia</source>
        <translation>Asie du Sud</translation>
    </message>
    <message>
        <source>Southern Europe</source>
        <translation>Europe du Sud</translation>
    </message>
    <message>
        <source>Sub-Saharan Africa</source>
        <translation>Afrique subsaharienne</translation>
    </message>
    <message>
        <source>Western Asia</source>
        <translation>Asie de l’Ouest</translation>
    </message>
    <message>
        <source>Western Europe</source>
        <translation>Europe de l’Ouest</translation>
    </message>
</context>
<context>
    <name>smec::domain::User</name>
    <message>
        <source>Analyst</source>
        <translation>Analyste</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Délégué</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
</context>
<context>
    <name>smec::domain::Validator</name>
    <message>
        <source>%1 must be one of the listed values.</source>
        <translation>%1 doit être l’une des valeurs proposées.</translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation>%1 doit valoir oui ou non.</translation>
    </message>
    <message>
        <source>%1 must be a date written as YYYY-MM-DD.</source>
        <translation>%1 doit être une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>%1 must be a language code such as &quot;en&quot;, &quot;fr&quot; or &quot;es-419&quot;.</source>
        <translation>%1 doit être un code de langue tel que «&#xa0;en&#xa0;», «&#xa0;fr&#xa0;» ou «&#xa0;es-419&#xa0;».</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 doit être du texte.</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters where at most %3 are allowed. Shorten it.</source>
        <translation>%1 est trop long&#xa0;: %2 caractères alors que %3 au maximum sont autorisés. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 doit être un nombre entier.</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 doit être un nombre.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 doit être compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1 doit être au moins égal à %2.</translation>
    </message>
    <message>
        <source>%1 must be at most %2.</source>
        <translation>%1 doit être au plus égal à %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid choice for &quot;%2&quot;; choose one of: %3.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un choix valide pour «&#xa0;%2&#xa0;»&#xa0;; choisissez parmi&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 must refer to a record by its id.</source>
        <translation>%1 doit désigner un enregistrement par son identifiant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country of the reference list; use its three-letter ISO code, such as &quot;KEN&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas dans la liste de référence des pays&#xa0;; utilisez son code ISO à trois lettres, par exemple «&#xa0;KEN&#xa0;».</translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation>%1 doit être une liste.</translation>
    </message>
    <message>
        <source>%1 has %2 entries where at most %3 are allowed.</source>
        <translation>%1 compte %2 entrées alors que %3 au maximum sont autorisées.</translation>
    </message>
    <message>
        <source>%1 lists &quot;%2&quot; twice.</source>
        <translation>%1 mentionne «&#xa0;%2&#xa0;» deux fois.</translation>
    </message>
    <message>
        <source>Entry %1 of %2</source>
        <translation>Entrée %1 de %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>Source %1 must have a title and a web address.</source>
        <translation>La source %1 doit avoir un titre et une adresse web.</translation>
    </message>
    <message>
        <source>The title of source %1</source>
        <translation>Le titre de la source %1</translation>
    </message>
    <message>
        <source>Source %1 needs a web address starting with http:// or https://.</source>
        <translation>La source %1 doit avoir une adresse web commençant par http:// ou https://.</translation>
    </message>
    <message>
        <source>The end year (%1) is before the start year (%2).</source>
        <translation>L’année de fin (%1) précède l’année de début (%2).</translation>
    </message>
    <message>
        <source>Write a review note telling the delegation what to change.</source>
        <translation>Rédigez une note d’examen indiquant à la délégation ce qu’il faut modifier.</translation>
    </message>
    <message>
        <source>The meeting ends (%1) before it starts (%2).</source>
        <translation>La réunion se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>Partner %1 must have a country and a state (%2).</source>
        <translation>Le partenaire %1 doit avoir un pays et un état (%2).</translation>
    </message>
    <message>
        <source>Milestone %1 must have an id, a title, a due date and whether it is done.</source>
        <translation>Le jalon %1 doit avoir un identifiant, un titre, une échéance et indiquer s&apos;il est fait.</translation>
    </message>
    <message>
        <source>Milestone %1 needs an id (a UUID) that stays the same when it is edited.</source>
        <translation>Le jalon %1 a besoin d&apos;un identifiant (un UUID) qui ne change pas quand on le modifie.</translation>
    </message>
    <message>
        <source>Give milestone %1 a title.</source>
        <translation>Donnez un titre au jalon %1.</translation>
    </message>
    <message>
        <source>The title of milestone %1</source>
        <translation>Le titre du jalon %1</translation>
    </message>
    <message>
        <source>The due date of milestone %1 must be written as YYYY-MM-DD.</source>
        <translation>L&apos;échéance du jalon %1 doit s&apos;écrire AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Whether milestone %1 is done must be yes or no.</source>
        <translation>L&apos;état fait du jalon %1 doit être oui ou non.</translation>
    </message>
    <message>
        <source>The initiative ends (%1) before it starts (%2).</source>
        <translation>L&apos;initiative se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>The lead country cannot also be a partner.</source>
        <translation>Le pays chef de file ne peut pas être aussi partenaire.</translation>
    </message>
</context>
<context>
    <name>smec::exporting::PdfExporter</name>
    <message>
        <source>Exported on %1</source>
        <translation>Exporté le %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>section number and title</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>smec::exporting::RecordExporter</name>
    <message>
        <source>SME policy practices</source>
        <translation>Pratiques en matière de politiques en faveur des PME</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) from the Global SME Ministerial Community Platform</source>
        <translation>
            <numerusform>%Ln enregistrement de la Plateforme ministérielle mondiale de la communauté des PME</numerusform>
            <numerusform>%Ln enregistrements de la Plateforme ministérielle mondiale de la communauté des PME</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <source>Discussion posts</source>
        <translation>Messages de discussion</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Joint initiatives</source>
        <translation>Initiatives conjointes</translation>
    </message>
</context>
<context>
    <name>smec::models::BackgroundReader</name>
    <message>
        <source>The replica is not open.</source>
        <translation>La réplique n’est pas ouverte.</translation>
    </message>
</context>
<context>
    <name>smec::models::CommitmentTrackerModel</name>
    <message>
        <source>%1, due %2</source>
        <translation>%1, échéance le %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>Sans pilier</translation>
    </message>
    <message>
        <source>No meeting</source>
        <translation>Sans réunion</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %Ln commitment(s)</source>
        <translation>
            <numerusform>%1, %2 : %Ln engagement</numerusform>
            <numerusform>%1, %2 : %Ln engagements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::models::DisplayText</name>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>Refusé par le serveur</translation>
    </message>
</context>
<context>
    <name>smec::models::FacetModel</name>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Groupe cible</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Année de début</translation>
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
            <numerusform>%1, %n pratique</numerusform>
            <numerusform>%1, %n pratiques</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>Pays partenaire</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
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
            <numerusform>%1, %n élément</numerusform>
            <numerusform>%1, %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Pratiques</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Dialogue</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>Mes brouillons</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Coopération</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
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
        <translation>Titre</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Pays hôte</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Piliers</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Rédigé</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>smec::models::RecordMarkdown</name>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>This record was deleted.</source>
        <translation>Cet enregistrement a été supprimé.</translation>
    </message>
    <message>
        <source>Untitled practice</source>
        <translation>Pratique sans titre</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Piliers</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Groupes cibles</translation>
    </message>
    <message>
        <source>Implementing organisation</source>
        <translation>Organisme de mise en œuvre</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>years</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>USD %1</source>
        <translation>%1 USD</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Review note:</source>
        <translation>Note d’examen&#xa0;:</translation>
    </message>
    <message>
        <source>The policy and how it was implemented</source>
        <translation>La politique et sa mise en œuvre</translation>
    </message>
    <message>
        <source>Results and evidence</source>
        <translation>Résultats et éléments probants</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Enseignements tirés</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>pas encore envoyé</translation>
    </message>
    <message>
        <source>Hidden by the secretariat: %1</source>
        <translation>Masqué par le secrétariat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>dates</comment>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>city, country</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Lead country</source>
        <translation>Pays chef de file</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Milestones (%1 of %2 done)</source>
        <translation>Jalons (%1 sur %2 faits)</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (échéance %2)</translation>
    </message>
</context>
<context>
    <name>smec::models::SavedSearchModel</name>
    <message>
        <source>Saved search %1</source>
        <translation>Recherche enregistrée %1</translation>
    </message>
    <message>
        <source>Saved search %1: %2</source>
        <translation>Recherche enregistrée %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>smec::models::SearchResultModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Discussion post</source>
        <translation>Message de discussion</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Joint initiative</source>
        <translation>Initiative conjointe</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>search hit: kind, title and excerpt</comment>
        <translation>%1, %2 : %3</translation>
    </message>
</context>
<context>
    <name>smec::protocol</name>
    <message>
        <source>the document must be a JSON object</source>
        <translation>le document doit être un objet JSON</translation>
    </message>
    <message>
        <source>not allowed in a tombstone, which is {&quot;id&quot;,&quot;kind&quot;,&quot;rev&quot;,&quot;deleted&quot;:true}</source>
        <translation>non autorisé dans une marque de suppression, qui est {&quot;id&quot;,&quot;kind&quot;,&quot;rev&quot;,&quot;deleted&quot;:true}</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>record %1 appears twice in one page</source>
        <translation>l’enregistrement %1 apparaît deux fois dans une même page</translation>
    </message>
    <message>
        <source>op</source>
        <translation>opération</translation>
    </message>
    <message>
        <source>a delete carries no fields</source>
        <translation>une suppression ne contient aucun champ</translation>
    </message>
    <message>
        <source>must hold at least one mutation</source>
        <translation>doit contenir au moins une modification</translation>
    </message>
    <message>
        <source>holds %1 mutations, more than the limit of %2</source>
        <translation>contient %1 modifications, au-delà de la limite de %2</translation>
    </message>
    <message>
        <source>repeats the mutation_id of mutations[%1]</source>
        <translation>reprend le mutation_id de mutations[%1]</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>a rejected result carries no record</source>
        <translation>un résultat refusé ne contient aucun enregistrement</translation>
    </message>
    <message>
        <source>only a rejected result carries an error</source>
        <translation>seul un résultat refusé contient une erreur</translation>
    </message>
    <message>
        <source>must be at most %1 bytes long</source>
        <translation>doit faire au plus %1 octets</translation>
    </message>
    <message>
        <source>must be an ISO 3166-1 alpha-3 code such as KEN, not &quot;%1&quot;</source>
        <translation>doit être un code ISO 3166-1 alpha-3 tel que KEN, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>must hold only letters, digits and -._~+/=</source>
        <translation>ne doit contenir que des lettres, des chiffres et -._~+/=</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>the document is %1 bytes, more than the limit of %2 bytes</source>
        <translation>le document fait %1 octets, au-delà de la limite de %2 octets</translation>
    </message>
    <message>
        <source>at byte %1: %2</source>
        <translation>à l’octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a deleted revision carries no fields</source>
        <translation>une révision supprimée ne comporte aucun champ</translation>
    </message>
    <message>
        <source>revisions must come newest first, each rev once</source>
        <translation>les révisions doivent venir de la plus récente à la plus ancienne, chacune une seule fois</translation>
    </message>
</context>
<context>
    <name>smec::protocol::ObjectReader</name>
    <message>
        <source>must be %1, not %2</source>
        <translation>doit être %1, et non %2</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>%1 inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown member</source>
        <translation>membre inconnu</translation>
    </message>
    <message>
        <source>missing required member</source>
        <translation>membre obligatoire manquant</translation>
    </message>
    <message>
        <source>must be %1 to %2 characters long</source>
        <translation>doit faire de %1 à %2 caractères</translation>
    </message>
    <message>
        <source>must be at most %1 characters long</source>
        <translation>doit faire au plus %1 caractères</translation>
    </message>
    <message>
        <source>must be a UUID in canonical form (lower-case, no braces), not &quot;%1&quot;</source>
        <translation>doit être un UUID sous forme canonique (minuscules, sans accolades), et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>must be an integer from 0 to %1</source>
        <translation>doit être un entier de 0 à %1</translation>
    </message>
    <message>
        <source>must be a UTC time like 2026-03-01T09:30:00.000Z, not &quot;%1&quot;</source>
        <translation>doit être une heure UTC comme 2026-03-01T09:30:00.000Z, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>must be a snake_case code, not &quot;%1&quot;</source>
        <translation>doit être un code en snake_case, et non «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>smec::protocol::Scanner</name>
    <message>
        <source>a byte order mark is not allowed</source>
        <translation>une marque d’ordre des octets n’est pas autorisée</translation>
    </message>
    <message>
        <source>empty document</source>
        <translation>document vide</translation>
    </message>
    <message>
        <source>the document must be a JSON object or array</source>
        <translation>le document doit être un objet ou un tableau JSON</translation>
    </message>
    <message>
        <source>unexpected data after the JSON value</source>
        <translation>données inattendues après la valeur JSON</translation>
    </message>
    <message>
        <source>at byte %1</source>
        <translation>à l’octet %1</translation>
    </message>
    <message>
        <source>at %1 (byte %2)</source>
        <translation>à %1 (octet %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>unexpected end of document, a value was expected</source>
        <translation>fin de document inattendue, une valeur était attendue</translation>
    </message>
    <message>
        <source>unexpected character, a value was expected</source>
        <translation>caractère inattendu, une valeur était attendue</translation>
    </message>
    <message>
        <source>invalid literal</source>
        <translation>littéral non valide</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>imbrication de plus de %1 niveaux</translation>
    </message>
    <message>
        <source>a member name in double quotes was expected</source>
        <translation>un nom de membre entre guillemets droits était attendu</translation>
    </message>
    <message>
        <source>duplicate member name</source>
        <translation>nom de membre en double</translation>
    </message>
    <message>
        <source>a colon was expected after the member name</source>
        <translation>deux-points attendus après le nom du membre</translation>
    </message>
    <message>
        <source>a comma or a closing brace was expected</source>
        <translation>une virgule ou une accolade fermante était attendue</translation>
    </message>
    <message>
        <source>a comma or a closing bracket was expected</source>
        <translation>une virgule ou un crochet fermant était attendu</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <source>control character U+%1 must be escaped</source>
        <translation>le caractère de contrôle U+%1 doit être échappé</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence</source>
        <translation>séquence d’octets UTF-8 non valide</translation>
    </message>
    <message>
        <source>\u must be followed by four hex digits</source>
        <translation>\u doit être suivi de quatre chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>\u0000 is not allowed in strings</source>
        <translation>\u0000 n’est pas autorisé dans les chaînes</translation>
    </message>
    <message>
        <source>lone low surrogate escape</source>
        <translation>échappement de demi-codet bas isolé</translation>
    </message>
    <message>
        <source>lone high surrogate escape</source>
        <translation>échappement de demi-codet haut isolé</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>séquence d’échappement non valide</translation>
    </message>
    <message>
        <source>member name longer than %1 bytes</source>
        <translation>nom de membre de plus de %1 octets</translation>
    </message>
    <message>
        <source>string longer than %1 bytes</source>
        <translation>chaîne de plus de %1 octets</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>nombre non valide</translation>
    </message>
    <message>
        <source>numbers must not have leading zeros</source>
        <translation>les nombres ne doivent pas commencer par des zéros</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the decimal point</source>
        <translation>nombre non valide&#xa0;: des chiffres doivent suivre le séparateur décimal</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the exponent</source>
        <translation>nombre non valide&#xa0;: des chiffres doivent suivre l’exposant</translation>
    </message>
    <message>
        <source>integer out of the 64-bit range</source>
        <translation>entier hors de la plage 64 bits</translation>
    </message>
    <message>
        <source>number out of the range of a double</source>
        <translation>nombre hors de la plage d’un double</translation>
    </message>
</context>
<context>
    <name>smec::replica</name>
    <message>
        <source>A %1 list has no year range.</source>
        <translation>Une liste de type %1 n’a pas de plage d’années.</translation>
    </message>
    <message>
        <source>Only posts belong to a thread.</source>
        <translation>Seuls les messages appartiennent à un fil de discussion.</translation>
    </message>
    <message>
        <source>A %1 list has no meeting filter.</source>
        <translation>Une liste de type %1 n’a pas de filtre par réunion.</translation>
    </message>
    <message>
        <source>Local database error (look up %1): %2</source>
        <translation>Erreur de la base de données locale (recherche de %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no record %1.</source>
        <translation>L’enregistrement %1 n’existe pas.</translation>
    </message>
    <message>
        <source>There is no outbox entry %1.</source>
        <translation>L’élément %1 n’existe pas dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>Record %1 has no conflict.</source>
        <translation>L’enregistrement %1 n’est pas en conflit.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is not available.</source>
        <translation>Le pilote SQLite de Qt n’est pas disponible.</translation>
    </message>
    <message>
        <source>The replica %1 could not switch to write-ahead logging.</source>
        <translation>La réplique %1 n’a pas pu passer en journalisation anticipée (WAL).</translation>
    </message>
    <message>
        <source>The replica is not open.</source>
        <translation>La réplique n’est pas ouverte.</translation>
    </message>
    <message>
        <source>Local database error (%1): %2</source>
        <translation>Erreur de la base de données locale (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation>Une recherche enregistrée doit avoir un nom.</translation>
    </message>
    <message>
        <source>The saved search could not be read back.</source>
        <translation>La recherche enregistrée n’a pas pu être relue.</translation>
    </message>
    <message>
        <source>The local database was written by a newer version of SME Community (schema %1, this version knows %2). Update the application.</source>
        <translation>La base de données locale a été écrite par une version plus récente de SME Community (schéma %1, cette version connaît le %2). Mettez l’application à jour.</translation>
    </message>
    <message>
        <source>Migrating the local database to schema %1 failed: %2</source>
        <translation>La migration de la base de données locale vers le schéma %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Local database error (index queue).</source>
        <translation>Erreur de la base de données locale (file d’indexation).</translation>
    </message>
    <message>
        <source>A %1 list cannot be counted by &quot;%2&quot;.</source>
        <translation>Une liste %1 ne peut pas être comptée par &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Field %1 of record %2 has no conflicting hunks.</source>
        <translation>Le champ %1 de l’enregistrement %2 n’a pas de bloc en conflit.</translation>
    </message>
    <message>
        <source>Field %1 of record %2 has no hunk %3 (it has hunks 0 to %4).</source>
        <translation>Le champ %1 de l’enregistrement %2 n’a pas de bloc %3 (il a les blocs 0 à %4).</translation>
    </message>
    <message>
        <source>Full-text search is not available: %1 (%2).</source>
        <translation>La recherche plein texte n’est pas disponible : %1 (%2).</translation>
    </message>
    <message>
        <source>Only initiatives invite countries.</source>
        <translation>Seules les initiatives invitent des pays.</translation>
    </message>
</context>
<context>
    <name>smec::sync</name>
    <message>
        <source>The server answered %1 with a body that is not an API error.</source>
        <translation>Le serveur a répondu %1 avec un contenu qui n’est pas une erreur de l’API.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>La synchronisation a été annulée.</translation>
    </message>
    <message>
        <source>The server&apos;s health answer is not valid: %1</source>
        <translation>La réponse d’état du serveur n’est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in answer is not valid: %1</source>
        <translation>La réponse de connexion du serveur n’est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s reference data is not valid: %1</source>
        <translation>Les données de référence du serveur ne sont pas valides&#xa0;: %1</translation>
    </message>
    <message>
        <source>A change page from the server is not valid (%1).</source>
        <translation>Une page de modifications du serveur n’est pas valide (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s mutation results are not valid: %1</source>
        <translation>Les résultats des modifications renvoyés par le serveur ne sont pas valides&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server answered %1 results for %2 mutations.</source>
        <translation>Le serveur a renvoyé %1 résultats pour %2 modifications.</translation>
    </message>
    <message>
        <source>The server&apos;s change page and its X-Changes-Cursor header disagree.</source>
        <translation>La page de modifications du serveur et son en-tête X-Changes-Cursor ne concordent pas.</translation>
    </message>
    <message>
        <source>The change feed ended without a last page.</source>
        <translation>Le flux de modifications s’est terminé sans dernière page.</translation>
    </message>
    <message>
        <source>The server answered mutation %1 where %2 was expected.</source>
        <translation>Le serveur a répondu à la modification %1 alors que %2 était attendue.</translation>
    </message>
    <message>
        <source>The server applied mutation %1 to another record.</source>
        <translation>Le serveur a appliqué la modification %1 à un autre enregistrement.</translation>
    </message>
    <message>
        <source>Cannot read the trusted CA file %1: %2</source>
        <translation>Impossible de lire le fichier d’autorités de certification de confiance %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The trusted CA file %1 holds no PEM certificate.</source>
        <translation>Le fichier d’autorités de certification de confiance %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than the client accepts.</source>
        <translation>La réponse du serveur dépasse la taille acceptée par le client.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified: %1</source>
        <translation>Le certificat du serveur n’a pas pu être vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Impossible de joindre le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connection to the server broke: %1</source>
        <translation>La connexion au serveur a été interrompue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s list of revisions is not valid: %1</source>
        <translation>La liste des révisions envoyée par le serveur n’est pas valide : %1</translation>
    </message>
    <message>
        <source>The server said more revisions follow but sent none.</source>
        <translation>Le serveur a annoncé d’autres révisions mais n’en a envoyé aucune.</translation>
    </message>
</context>
<context>
    <name>smec::sync::HistoryLoader</name>
    <message>
        <source>The server could not be reached (%1) and no history of this record is kept here.</source>
        <translation>Le serveur est injoignable (%1) et aucun historique de cet enregistrement n’est conservé ici.</translation>
    </message>
    <message>
        <source>No history of this record is kept here, and there is no server to ask.</source>
        <translation>Aucun historique de cet enregistrement n’est conservé ici, et il n’y a pas de serveur à interroger.</translation>
    </message>
</context>
<context>
    <name>smec::sync::ServerConnection</name>
    <message>
        <source>The profile %1 is not signed in to a server.</source>
        <translation>Le profil %1 n’est connecté à aucun serveur.</translation>
    </message>
    <message>
        <source>No token is stored.</source>
        <translation>Aucun jeton n’est enregistré.</translation>
    </message>
</context>
</TS>
