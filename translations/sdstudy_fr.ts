<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutText</name>
    <message>
        <source>About System Design Study</source>
        <translation>À propos de System Design Study</translation>
    </message>
    <message>
        <source>&lt;h3&gt;System Design Study %1&lt;/h3&gt;&lt;p&gt;Study system-design interview questions offline: browse, search, take notes, practise with spaced repetition and see the designs as diagrams.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built on Qt %2 (widgets, SQL, charts, printing, SVG), KDE Syntax Highlighting %3, SQLite %4 with FTS5, Graphviz %5 and md4c.&lt;/p&gt;&lt;p&gt;Your data: %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;System Design Study %1&lt;/h3&gt;&lt;p&gt;Réviser hors ligne les questions d’entretien sur la conception de systèmes : parcourir, chercher, prendre des notes, s’entraîner par répétition espacée et voir les architectures en diagrammes.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2 (widgets, SQL, graphiques, impression, SVG), KDE Syntax Highlighting %3, SQLite %4 avec FTS5, Graphviz %5 et md4c.&lt;/p&gt;&lt;p&gt;Vos données : %6&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AnkiExchange</name>
    <message>
        <source>%1:%2: a quoted field is never closed</source>
        <translation>%1:%2 : un champ entre guillemets n’est jamais fermé</translation>
    </message>
    <message>
        <source>%1: only tab-separated text is read (this file says &quot;%2&quot;)</source>
        <translation>%1 : seul le texte séparé par des tabulations est lu (ce fichier indique &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: the columns must include Front and Back</source>
        <translation>%1 : les colonnes doivent comprendre Front et Back</translation>
    </message>
    <message>
        <source>%1:%2: %3 fields where %4 were expected</source>
        <translation>%1:%2 : %3 champs là où %4 étaient attendus</translation>
    </message>
    <message>
        <source>%1:%2: a card with an empty front</source>
        <translation>%1:%2 : une carte au recto vide</translation>
    </message>
    <message>
        <source>%1:%2: the card&apos;s HTML nests deeper than %3 levels</source>
        <translation>%1:%2 : le HTML de la carte est imbriqué sur plus de %3 niveaux</translation>
    </message>
</context>
<context>
    <name>AnkiPackage</name>
    <message>
        <source>(picture: %1)</source>
        <translation>(image : %1)</translation>
    </message>
    <message>
        <source>not an Anki package: the file is not a zip archive</source>
        <translation>pas un paquet Anki : le fichier n&apos;est pas une archive zip</translation>
    </message>
    <message>
        <source>the package holds more than %1 files</source>
        <translation>le paquet contient plus de %1 fichiers</translation>
    </message>
    <message>
        <source>this package is in the newest Anki format; in Anki, export it again with “Support older Anki versions” ticked</source>
        <translation>ce paquet est au format Anki le plus récent ; dans Anki, exportez-le de nouveau en cochant « Support older Anki versions »</translation>
    </message>
    <message>
        <source>not an Anki package: it holds no collection.anki2 or collection.anki21</source>
        <translation>pas un paquet Anki : il ne contient ni collection.anki2 ni collection.anki21</translation>
    </message>
    <message>
        <source>the package&apos;s collection is larger than %1 MB unpacked, or damaged</source>
        <translation>la collection du paquet dépasse %1 Mo décompressée, ou elle est endommagée</translation>
    </message>
    <message>
        <source>cannot unpack the collection: %1</source>
        <translation>impossible de décompresser la collection : %1</translation>
    </message>
    <message>
        <source>the package&apos;s collection is not an Anki collection</source>
        <translation>la collection du paquet n&apos;est pas une collection Anki</translation>
    </message>
    <message>
        <source>the package&apos;s notes cannot be read: %1</source>
        <translation>les notes du paquet sont illisibles : %1</translation>
    </message>
    <message>
        <source>the package holds more than %1 notes</source>
        <translation>le paquet contient plus de %1 notes</translation>
    </message>
    <message>
        <source>note %1 has no question; left out</source>
        <translation>la note %1 n&apos;a pas de question ; ignorée</translation>
    </message>
    <message>
        <source>“%1” has no answer; left out</source>
        <translation>« %1 » n&apos;a pas de réponse ; ignorée</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>the package holds no notes</source>
        <translation>le paquet ne contient aucune note</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>the picture takes %1; a note&apos;s picture can take up to %2</source>
        <translation>l’image occupe %1 ; une image de note peut occuper jusqu’à %2</translation>
    </message>
    <message>
        <source>only PNG and JPEG pictures can be kept in a note</source>
        <translation>seules les images PNG et JPEG peuvent être gardées dans une note</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>%1: cannot create the backup folder</source>
        <translation>%1 : impossible de créer le dossier de sauvegarde</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>it is not a System Design Study database</source>
        <translation>ce n’est pas une base de System Design Study</translation>
    </message>
    <message>
        <source>%1: the database has no id to name its backups by</source>
        <translation>%1 : la base n’a pas d’identifiant pour nommer ses sauvegardes</translation>
    </message>
    <message>
        <source>%1: cannot put the new backup safely on the disk</source>
        <translation>%1 : impossible d’écrire la nouvelle sauvegarde de façon sûre sur le disque</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
</context>
<context>
    <name>BankActions</name>
    <message>
        <source>Remove Bank “%1”</source>
        <translation>Retirer la banque « %1 »</translation>
    </message>
    <message>
        <source>Bank removed. Undo (Ctrl+Z) brings it back.</source>
        <translation>Banque retirée. Annuler (Ctrl+Z) la ramène.</translation>
    </message>
    <message>
        <source>The bank was not removed: %1</source>
        <translation>La banque n&apos;a pas été retirée : %1</translation>
    </message>
    <message>
        <source>Bank brought back.</source>
        <translation>Banque rétablie.</translation>
    </message>
    <message>
        <source>The bank could not be brought back: %1</source>
        <translation>La banque n&apos;a pas pu être rétablie : %1</translation>
    </message>
</context>
<context>
    <name>BankImporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the bank is larger than %2 MB; nothing was imported</source>
        <translation>%1 : la banque dépasse %2 Mo ; rien n’a été importé</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
</context>
<context>
    <name>BankParser</name>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>le texte n’est pas de l’UTF-8 valide</translation>
    </message>
    <message>
        <source>no questions found: a CSV bank needs a question and an answer in each row%1</source>
        <translation>aucune question trouvée : une banque CSV demande une question et une réponse par ligne%1</translation>
    </message>
    <message>
        <source>no questions found: questions may be headings (&quot;### N. Question&quot;), &quot;**Question:**&quot; labels, &lt;details&gt; blocks or bold lines, each followed by its answer</source>
        <translation>aucune question trouvée : une question peut être un titre (« ### N. Question »), une étiquette « **Question:** », un bloc &lt;details&gt; ou une ligne en gras, suivi de sa réponse</translation>
    </message>
    <message>
        <source>Tab-separated rows: one question and its answer per row</source>
        <translation>Lignes séparées par des tabulations : une question et sa réponse par ligne</translation>
    </message>
    <message>
        <source>Comma-separated rows: one question and its answer per row</source>
        <translation>Lignes séparées par des virgules : une question et sa réponse par ligne</translation>
    </message>
    <message>
        <source>Every level-%1 heading is a question</source>
        <translation>Chaque titre de niveau %1 est une question</translation>
    </message>
    <message>
        <source>Level-%1 headings that ask something are questions</source>
        <translation>Les titres de niveau %1 qui posent une question sont des questions</translation>
    </message>
    <message>
        <source>“**Question:**” or “**Q:**” labels mark questions</source>
        <translation>Les étiquettes « **Question:** » ou « **Q:** » marquent les questions</translation>
    </message>
    <message>
        <source>&lt;details&gt; blocks: the summary is the question</source>
        <translation>Blocs &lt;details&gt; : le résumé est la question</translation>
    </message>
    <message>
        <source>Bold lines that ask something are questions</source>
        <translation>Les lignes en gras qui posent une question sont des questions</translation>
    </message>
    <message>
        <source>no questions found: %1</source>
        <translation>aucune question trouvée : %1</translation>
    </message>
    <message>
        <source>Anki package: each note is a question, its first field the question, its second the answer</source>
        <translation>Paquet Anki : chaque note est une question, son premier champ la question, le second la réponse</translation>
    </message>
</context>
<context>
    <name>BankStore</name>
    <message>
        <source>a bank&apos;s name needs 1 to %1 characters</source>
        <translation>le nom d&apos;une banque compte de 1 à %1 caractères</translation>
    </message>
    <message>
        <source>there is no bank “%1”</source>
        <translation>il n&apos;y a pas de banque « %1 »</translation>
    </message>
    <message>
        <source>the bundled bank cannot be removed</source>
        <translation>la banque fournie ne peut pas être retirée</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 et %3</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s)</source>
        <translation>
            <numerusform>%n signet</numerusform>
            <numerusform>%n signets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionViews</name>
    <message>
        <source>(no longer in a bank) %1</source>
        <translation>(dans aucune banque) %1</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>sdstudy: %1</source>
        <translation>sdstudy: %1</translation>
    </message>
    <message>
        <source>Try &apos;sdstudy --help&apos;.</source>
        <translation>Voir &apos;sdstudy --help&apos;.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande donnée</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--limit takes a whole number of at least 1</source>
        <translation>--limit attend un nombre entier d’au moins 1</translation>
    </message>
    <message>
        <source>--columns takes 1 or 2</source>
        <translation>--columns attend 1 ou 2</translation>
    </message>
    <message>
        <source>--paper takes a4 or letter</source>
        <translation>--paper attend a4 ou letter</translation>
    </message>
    <message>
        <source>--font-size takes a size in points from 6 to 24</source>
        <translation>--font-size attend une taille en points de 6 à 24</translation>
    </message>
    <message>
        <source>--size takes a whole number (0: no limit)</source>
        <translation>--size attend un nombre entier (0 : sans limite)</translation>
    </message>
    <message>
        <source>--retention takes a number from 0.70 to 0.99</source>
        <translation>--retention attend un nombre de 0.70 à 0.99</translation>
    </message>
    <message>
        <source>no question &quot;%1&quot;</source>
        <translation>pas de question &quot;%1&quot;</translation>
    </message>
    <message>
        <source>show takes one question ID</source>
        <translation>show attend un ID de question</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 &gt; %2</source>
        <translation>%1 &gt; %2</translation>
    </message>
    <message>
        <source>Also asked as %1</source>
        <translation>Aussi posée comme %1</translation>
    </message>
    <message>
        <source>search takes the words to look for</source>
        <translation>search attend les mots à chercher</translation>
    </message>
    <message>
        <source>No questions match.</source>
        <translation>Aucune question ne correspond.</translation>
    </message>
    <message>
        <source>Questions imported from %1: %2</source>
        <translation>Questions importées de %1 : %2</translation>
    </message>
    <message>
        <source>%1 is already imported; nothing changed.</source>
        <translation>%1 est déjà importé ; rien n’a changé.</translation>
    </message>
    <message>
        <source>bookmark takes one question ID</source>
        <translation>bookmark attend un ID de question</translation>
    </message>
    <message>
        <source>bookmark takes --flag or --clear, not both</source>
        <translation>bookmark attend --flag ou --clear, pas les deux</translation>
    </message>
    <message>
        <source>unknown flag &quot;%1&quot;; the flags are: %2</source>
        <translation>étiquette inconnue &quot;%1&quot; ; les étiquettes sont : %2</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Marquées</translation>
    </message>
    <message>
        <source>note takes one question ID</source>
        <translation>note attend un ID de question</translation>
    </message>
    <message>
        <source>note takes --set or --file, not both</source>
        <translation>note attend --set ou --file, pas les deux</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1 : impossible de lire le fichier : %2</translation>
    </message>
    <message>
        <source>use: notes export FILE.md</source>
        <translation>usage : notes export FICHIER.md</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1 : impossible d’écrire le fichier : %2</translation>
    </message>
    <message>
        <source>use: export progress FILE, or: export anki FILE</source>
        <translation>usage : export progress FICHIER, ou : export anki FICHIER</translation>
    </message>
    <message>
        <source>New cards: %1, flags brought back: %2, already there: %3.</source>
        <translation>Nouvelles cartes : %1, étiquettes rétablies : %2, déjà présentes : %3.</translation>
    </message>
    <message>
        <source>print takes --pdf FILE, and optionally --topic, --bookmarked, --flag, --search, --answers, --notes, --diagrams, --columns, --paper, --font-size</source>
        <translation>print attend --pdf FICHIER et, au choix, --topic, --bookmarked, --flag, --search, --answers, --notes, --diagrams, --columns, --paper, --font-size</translation>
    </message>
    <message>
        <source>no questions to print for %1</source>
        <translation>aucune question à imprimer pour %1</translation>
    </message>
    <message>
        <source>System Design Study: %1</source>
        <translation>System Design Study : %1</translation>
    </message>
    <message>
        <source>%1: %2 on %3</source>
        <comment>file: N questions on N pages</comment>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1, updated %2, already there %3.</source>
        <translation>Ajoutés %1, mis à jour %2, déjà présents %3.</translation>
    </message>
    <message>
        <source>backup takes no arguments</source>
        <translation>backup n’attend aucun argument</translation>
    </message>
    <message>
        <source>restore takes one backup file</source>
        <translation>restore attend un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 restauré.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation>La base remplacée est conservée sous %1.</translation>
    </message>
    <message>
        <source>diagram takes a NAME (see `sdstudy diagrams`) and --png FILE or --svg FILE</source>
        <translation>diagram attend un NOM (voir `sdstudy diagrams`) et --png FICHIER ou --svg FICHIER</translation>
    </message>
    <message>
        <source>no diagram &quot;%1&quot;; `sdstudy diagrams` lists them</source>
        <translation>pas de diagramme &quot;%1&quot; ; `sdstudy diagrams` les liste</translation>
    </message>
    <message>
        <source>charts cannot be drawn here</source>
        <translation>les graphiques ne peuvent pas être dessinés ici</translation>
    </message>
    <message>
        <source>%1, stability %2 d, difficulty %3, due %4</source>
        <translation>%1, stabilité %2 j, difficulté %3, à revoir le %4</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n question(s) (%2 due, %3 new, %4 ahead of time)</source>
        <translation>
            <numerusform>%1 : %n question (%2 à revoir, %3 nouvelles, %4 en avance)</numerusform>
            <numerusform>%1 : %n questions (%2 à revoir, %3 nouvelles, %4 en avance)</numerusform>
        </translation>
    </message>
    <message>
        <source>review takes a question ID and a rating (1-4 or again, hard, good, easy)</source>
        <translation>review attend un ID de question et une note (1-4 ou again, hard, good, easy)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rating; use 1-4 or again, hard, good, easy</source>
        <translation>&quot;%1&quot; n’est pas une note ; utilisez 1-4 ou again, hard, good, easy</translation>
    </message>
    <message>
        <source>--at takes a time in ISO 8601, such as 2026-01-05T09:30:00Z</source>
        <translation>--at attend une heure en ISO 8601, comme 2026-01-05T09:30:00Z</translation>
    </message>
    <message>
        <source>--at is before the question&apos;s last review (%1)</source>
        <translation>--at précède la dernière révision de la question (%1)</translation>
    </message>
    <message>
        <source>%1 for %2: %3</source>
        <translation>%1 pour %2 : %3</translation>
    </message>
    <message>
        <source>schedule takes --history &quot;TIME=RATING,...&quot;, such as 2026-01-05T09:30:00Z=3</source>
        <translation>schedule attend --history &quot;HEURE=NOTE,...&quot;, comme 2026-01-05T09:30:00Z=3</translation>
    </message>
    <message>
        <source>--history item %1 (&quot;%2&quot;): %3</source>
        <translation>--history, élément %1 (&quot;%2&quot;) : %3</translation>
    </message>
    <message>
        <source>expected TIME=RATING</source>
        <translation>attendu : HEURE=NOTE</translation>
    </message>
    <message>
        <source>the time is not ISO 8601, such as 2026-01-05T09:30:00Z</source>
        <translation>l’heure n’est pas en ISO 8601, comme 2026-01-05T09:30:00Z</translation>
    </message>
    <message>
        <source>the rating is not 1-4 or again, hard, good, easy</source>
        <translation>la note n’est pas 1-4 ou again, hard, good, easy</translation>
    </message>
    <message>
        <source>earlier than the item before it</source>
        <translation>antérieur à l’élément précédent</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Today: %1 reviewed (%2 new, %3 forgotten) in %4 min; %5 due now, %6 due by the end of the day</source>
        <translation>Aujourd’hui : %1 révisées (%2 nouvelles, %3 oubliées) en %4 min ; %5 à revoir maintenant, %6 d’ici la fin de la journée</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s) · Reviews in all: %1 · Retention (30 days): %2</source>
        <translation>
            <numerusform>Série : %n jour · Révisions en tout : %1 · Rétention (30 jours) : %2</numerusform>
            <numerusform>Série : %n jours · Révisions en tout : %1 · Rétention (30 jours) : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no reviews yet</source>
        <translation>pas encore de révision</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 learning, %4 young, %5 mature</source>
        <translation>%1 : %2 nouvelles, %3 en apprentissage, %4 jeunes, %5 mûres</translation>
    </message>
    <message>
        <source>nothing was imported: the backup taken before an import failed: %1</source>
        <translation>rien n’a été importé : la sauvegarde faite avant l’import a échoué : %1</translation>
    </message>
    <message>
        <source>Backed up first to %1.</source>
        <translation>Sauvegarde faite d’abord dans %1.</translation>
    </message>
    <message>
        <source>Usage: sdstudy [--db FILE] [COMMAND [ARGS]]</source>
        <translation>Usage : sdstudy [--db FICHIER] [COMMANDE [ARGUMENTS]]</translation>
    </message>
    <message>
        <source>Without a command, opens the window. Commands run without a display:</source>
        <translation>Sans commande, ouvre la fenêtre. Les commandes fonctionnent sans écran :</translation>
    </message>
    <message>
        <source>Options:
  --db FILE          use this database instead of the one in the app&apos;s data folder
  --backup-dir DIR   keep backups here (default: &quot;backups&quot; beside the database)
  --json             print JSON (the keys are documented in README.md)
  -h, --help         show this help
  -v, --version      show the version
</source>
        <translation>Options :
  --db FILE          utiliser cette base plutôt que celle du dossier de données
  --backup-dir DIR   garder les sauvegardes ici (par défaut : &quot;backups&quot; à côté de la base)
  --json             afficher du JSON (les clés sont décrites dans README.md)
  -h, --help         afficher cette aide
  -v, --version      afficher la version
</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Étiquettes : %1</translation>
    </message>
    <message>
        <source>%1 does not take --%2</source>
        <translation>%1 n’accepte pas --%2</translation>
    </message>
    <message>
        <source>the topic tree with question counts</source>
        <translation>l’arbre des thèmes avec le nombre de questions</translation>
    </message>
    <message>
        <source>one question: ID is its number in the bundled bank, BANK:N for another bank, or its stable id</source>
        <translation>une question : ID est son numéro dans la banque fournie, BANQUE:N pour une autre, ou son id stable</translation>
    </message>
    <message>
        <source>questions matching QUERY, best first; QUERY may hold is:bookmarked, flag:NAME, has:note, topic:NAME</source>
        <translation>les questions qui répondent à QUERY, les meilleures d’abord ; QUERY peut contenir is:bookmarked, flag:NOM, has:note, topic:NOM</translation>
    </message>
    <message>
        <source>bookmark a question, with a flag, or clear it</source>
        <translation>marquer une question, avec une étiquette, ou l’effacer</translation>
    </message>
    <message>
        <source>every bookmark, by flag</source>
        <translation>tous les marque-pages, par étiquette</translation>
    </message>
    <message>
        <source>print a question&apos;s note, or set it (&quot;&quot; deletes; F may be - for standard input)</source>
        <translation>afficher la note d’une question, ou la fixer (&quot;&quot; efface ; F peut valoir - pour l’entrée standard)</translation>
    </message>
    <message>
        <source>every note</source>
        <translation>toutes les notes</translation>
    </message>
    <message>
        <source>every note in one Markdown file, by topic</source>
        <translation>toutes les notes dans un fichier Markdown, par thème</translation>
    </message>
    <message>
        <source>bookmarks and notes in one file, for another computer</source>
        <translation>marque-pages et notes dans un fichier, pour un autre ordinateur</translation>
    </message>
    <message>
        <source>cards for Anki and AnkiDroid, as text Anki imports</source>
        <translation>des cartes pour Anki et AnkiDroid, en texte qu’Anki importe</translation>
    </message>
    <message>
        <source>a topic sheet as PDF (questions only unless --answers)</source>
        <translation>une fiche de thème en PDF (questions seules sans --answers)</translation>
    </message>
    <message>
        <source>what a study session would ask, in order; KEY is study-now (default), all, due, new, weak, misses, bookmarked, flag:NAME or topic:NAME[;NAME...]</source>
        <translation>ce que demanderait une séance, dans l’ordre ; KEY vaut study-now (par défaut), all, due, new, weak, misses, bookmarked, flag:NOM ou topic:NOM[;NOM...]</translation>
    </message>
    <message>
        <source>record an answer: RATING 1-4 or again, hard, good, easy; TIME in ISO 8601 (default: now)</source>
        <translation>enregistrer une réponse : RATING 1-4 ou again, hard, good, easy ; TIME en ISO 8601 (par défaut : maintenant)</translation>
    </message>
    <message>
        <source>today&apos;s numbers, streak, forecast, topics</source>
        <translation>les chiffres du jour, la série, les prévisions, les thèmes</translation>
    </message>
    <message>
        <source>every diagram: name, kind, title, questions</source>
        <translation>tous les diagrammes : nom, genre, titre, questions</translation>
    </message>
    <message>
        <source>draw one diagram as a picture</source>
        <translation>dessiner un diagramme en image</translation>
    </message>
    <message>
        <source>back up the database now</source>
        <translation>sauvegarder la base maintenant</translation>
    </message>
    <message>
        <source>put a backup in place, keeping the current file</source>
        <translation>remettre une sauvegarde en place, en gardant le fichier actuel</translation>
    </message>
    <message>
        <source>merge a progress file in: new is added, newer replaces older</source>
        <translation>fusionner un fichier de progression : le nouveau s’ajoute, le plus récent remplace le plus ancien</translation>
    </message>
    <message>
        <source>a file of Anki cards back in: flags return, new cards become a bank</source>
        <translation>un fichier de cartes Anki en retour : les étiquettes reviennent, les nouvelles cartes forment une banque</translation>
    </message>
    <message numerus="yes">
        <source>%n concept(s)</source>
        <translation>
            <numerusform>%n concept</numerusform>
            <numerusform>%n concepts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) with repeats</source>
        <translation>
            <numerusform>%n question avec les répétitions</numerusform>
            <numerusform>%n questions avec les répétitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n question(s) would be imported as bank &quot;%2&quot; (%3).</source>
        <translation>
            <numerusform>%1 : %n question serait importée dans la banque « %2 » (%3).</numerusform>
            <numerusform>%1 : %n questions seraient importées dans la banque « %2 » (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>use: bank rename KEY NAME, or: bank remove KEY</source>
        <translation>usage : bank rename CLÉ NOM, ou : bank remove CLÉ</translation>
    </message>
    <message>
        <source>the banks, with their questions&apos; count</source>
        <translation>les banques, avec leur nombre de questions</translation>
    </message>
    <message>
        <source>give a bank another name</source>
        <translation>renommer une banque</translation>
    </message>
    <message>
        <source>remove an imported bank; its notes, bookmarks and answers are kept</source>
        <translation>retirer une banque importée ; ses notes, signets et réponses sont conservés</translation>
    </message>
    <message>
        <source>import takes one bank file, or: import progress FILE, or: import anki FILE</source>
        <translation>import attend un fichier de banque, ou : import progress FICHIER, ou : import anki FICHIER</translation>
    </message>
    <message>
        <source>--format takes auto, markdown, csv or apkg</source>
        <translation>--format accepte auto, markdown, csv ou apkg</translation>
    </message>
    <message>
        <source>add a bank from Markdown (questions as headings, labels, &lt;details&gt; or bold lines), CSV/TSV or an Anki package; --dry-run shows what would come in</source>
        <translation>ajouter une banque depuis Markdown (questions en titres, étiquettes, &lt;details&gt; ou lignes en gras), CSV/TSV ou un paquet Anki ; --dry-run montre ce qui serait importé</translation>
    </message>
    <message>
        <source>Removed. Its %1 are kept and return if it is imported again.</source>
        <translation>Retirée. Ses %1 sont conservés et reviennent si elle est réimportée.</translation>
    </message>
    <message>
        <source>the scheduler on a new card with that history (FSRS-6 defaults or the parameters given, no fuzz); needs no database</source>
        <translation>le planificateur sur une nouvelle carte avec cet historique (paramètres par défaut de FSRS-6 ou ceux donnés, sans dispersion) ; sans base de données</translation>
    </message>
    <message>
        <source>fit the scheduler to the review log (or to a review-log CSV as the FSRS tools write it) and use the fit if it predicts held-out answers better than the defaults; --dry-run changes nothing</source>
        <translation>ajuster le planificateur au journal des réponses (ou à un CSV de journal tel que l&apos;écrivent les outils FSRS) et l&apos;utiliser s&apos;il prédit mieux que les valeurs par défaut des réponses mises de côté ; --dry-run ne change rien</translation>
    </message>
    <message>
        <source>optimize takes no arguments; a review-log CSV goes with --revlog FILE</source>
        <translation>optimize ne prend pas d&apos;argument ; un CSV de journal se donne avec --revlog FICHIER</translation>
    </message>
    <message>
        <source>the fit was stopped</source>
        <translation>l&apos;ajustement a été arrêté</translation>
    </message>
    <message numerus="yes">
        <source>Fitted FSRS-6 to %Ln answer(s) in %1 s.</source>
        <translation>
            <numerusform>FSRS-6 ajusté à %Ln réponse en %1 s.</numerusform>
            <numerusform>FSRS-6 ajusté à %Ln réponses en %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few answers a day or more apart to tell whether a fit predicts better; the defaults stay in use.</source>
        <translation>Trop peu de réponses espacées d&apos;un jour ou plus pour dire si un ajustement prédit mieux ; les valeurs par défaut restent utilisées.</translation>
    </message>
    <message numerus="yes">
        <source>On %Ln later answer(s) it was not fitted on:</source>
        <translation>
            <numerusform>Sur %Ln réponse ultérieure non utilisée pour l&apos;ajustement :</numerusform>
            <numerusform>Sur %Ln réponses ultérieures non utilisées pour l&apos;ajustement :</numerusform>
        </translation>
    </message>
    <message>
        <source>  log loss    fitted %1, defaults %2 (lower is better)</source>
        <translation>  log loss    ajusté %1, par défaut %2 (plus bas est mieux)</translation>
    </message>
    <message>
        <source>  RMSE (bins) fitted %1, defaults %2</source>
        <translation>  RMSE (classes) ajusté %1, par défaut %2</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>Paramètres : %1</translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run).</source>
        <translation>Rien n&apos;a été changé (--dry-run).</translation>
    </message>
    <message>
        <source>The fitted parameters predict better and are now in use.</source>
        <translation>Les paramètres ajustés prédisent mieux et sont maintenant utilisés.</translation>
    </message>
    <message>
        <source>The defaults predict as well or better; they stay in use.</source>
        <translation>Les valeurs par défaut prédisent aussi bien ou mieux ; elles restent utilisées.</translation>
    </message>
    <message>
        <source>--parameters takes the 21 numbers of FSRS-6, w0 to w20, separated by commas</source>
        <translation>--parameters prend les 21 nombres de FSRS-6, w0 à w20, séparés par des virgules</translation>
    </message>
    <message>
        <source>--parameters: w%1 (&quot;%2&quot;) is not a number</source>
        <translation>--parameters : w%1 (« %2 ») n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>--parameters: w%1 = %2 is outside its legal range</source>
        <translation>--parameters : w%1 = %2 est hors de sa plage permise</translation>
    </message>
    <message>
        <source>--days takes a whole number from 1 to 3650</source>
        <translation>--days prend un nombre entier de 1 à 3650</translation>
    </message>
    <message>
        <source>--new-per-day takes a whole number from 0 to 9999</source>
        <translation>--new-per-day prend un nombre entier de 0 à 9999</translation>
    </message>
    <message>
        <source>the expected work per day if you study every day from today: your cards, your answer times, your settings unless given</source>
        <translation>le travail attendu par jour si vous étudiez chaque jour dès aujourd&apos;hui : vos cartes, vos temps de réponse, vos réglages sauf s&apos;ils sont donnés</translation>
    </message>
    <message>
        <source>simulate takes no arguments</source>
        <translation>simulate ne prend pas d&apos;argument</translation>
    </message>
    <message>
        <source>Date        Reviews  New  Minutes</source>
        <translation>Date        Révisions  Nouv.  Minutes</translation>
    </message>
    <message>
        <source>At %1% retention and %2 new a day: %3 minutes a day on average; about %4 of %5 studied concepts remembered after the last day.</source>
        <translation>À %1 % de rétention et %2 nouvelles par jour : %3 minutes par jour en moyenne ; environ %4 des %5 concepts étudiés retenus après le dernier jour.</translation>
    </message>
    <message>
        <source>plan takes --interview DATE, such as 2026-12-15</source>
        <translation>plan prend --interview DATE, par exemple 2026-12-15</translation>
    </message>
    <message>
        <source>--interview %1 is not after today</source>
        <translation>--interview %1 n&apos;est pas après aujourd&apos;hui</translation>
    </message>
    <message>
        <source>how ready you will be on an interview day (YYYY-MM-DD): predicted recall per topic, and the new concepts and minutes a day that get you ready</source>
        <translation>à quel point vous serez prêt le jour d&apos;un entretien (AAAA-MM-JJ) : rappel prévu par thème, et les nouveaux concepts et minutes par jour qui vous y préparent</translation>
    </message>
    <message>
        <source>plan takes no arguments; the day goes with --interview DATE</source>
        <translation>plan ne prend pas d&apos;argument ; le jour se donne avec --interview DATE</translation>
    </message>
    <message>
        <source>--topic &quot;%1&quot; names no topic; the topics are: %2</source>
        <translation>--topic « %1 » ne nomme aucun thème ; les thèmes sont : %2</translation>
    </message>
    <message>
        <source>At %1 new a day you reach %2 of %3 concepts by %4.</source>
        <translation>À %1 nouveaux par jour, vous atteignez %2 concepts sur %3 d&apos;ici le %4.</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 seen by then, recall %4%</source>
        <translation>  %1 : %2 sur %3 vus d&apos;ici là, rappel %4 %</translation>
    </message>
    <message>
        <source>--interview %1 is more than two years ahead</source>
        <translation>--interview %1 est à plus de deux ans</translation>
    </message>
    <message>
        <source>Too few answers a day or more apart to score a new fit; the last fit is kept.</source>
        <translation>Trop peu de réponses espacées d&apos;un jour ou plus pour évaluer un nouvel ajustement ; le dernier est gardé.</translation>
    </message>
    <message numerus="yes">
        <source>Interview on %1, in %n day(s).</source>
        <translation>
            <numerusform>Entretien le %1, dans %n jour.</numerusform>
            <numerusform>Entretien le %1, dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Topics that matter: %1</source>
        <translation>Thèmes qui comptent : %1</translation>
    </message>
    <message>
        <source>Your %1 new a day start every one of the %2 concepts a week before the day: about %3 minutes a day.</source>
        <translation>Vos %1 nouveaux par jour commencent chacun des %2 concepts une semaine avant le jour : environ %3 minutes par jour.</translation>
    </message>
    <message>
        <source>Study Now starts %1 new a day instead of %2, so that every one starts a week before: about %3 minutes a day instead of %4.</source>
        <translation>Étudier maintenant en commence %1 nouveaux par jour au lieu de %2, pour que chacun commence une semaine avant : environ %3 minutes par jour au lieu de %4.</translation>
    </message>
    <message>
        <source>Predicted recall on the day, following Study Now: %1%.</source>
        <translation>Rappel prévu le jour même, en suivant Étudier maintenant : %1 %.</translation>
    </message>
    <message>
        <source>a question&apos;s whiteboard sketch: components and connections</source>
        <translation>le croquis au tableau blanc d&apos;une question : composants et liaisons</translation>
    </message>
    <message>
        <source>the sketch as a picture</source>
        <translation>le croquis en image</translation>
    </message>
    <message>
        <source>put a sketch in its JSON form (docs/sketch-format.md) on the whiteboard</source>
        <translation>mettre un croquis sous sa forme JSON (docs/sketch-format.md) sur le tableau blanc</translation>
    </message>
    <message>
        <source>what a sketch has of the question&apos;s reference diagram: matched, missed, extra, coverage</source>
        <translation>ce qu&apos;un croquis contient du diagramme de référence de la question : trouvé, manqué, en plus, couverture</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>sketch takes one question ID, and --json, --export FILE.svg|FILE.png or --set FILE.json</source>
        <translation>sketch attend un identifiant de question, et --json, --export FICHIER.svg|FICHIER.png ou --set FICHIER.json</translation>
    </message>
    <message>
        <source>no sketch of %1 yet; draw one on the whiteboard, or set one with --set FILE.json</source>
        <translation>pas encore de croquis pour %1 ; dessinez-en un au tableau blanc, ou posez-en un avec --set FICHIER.json</translation>
    </message>
    <message>
        <source>--export takes a file name ending in .svg or .png</source>
        <translation>--export attend un nom de fichier en .svg ou .png</translation>
    </message>
    <message numerus="yes">
        <source>Sketch of %1, changed %2: %n component(s)</source>
        <translation>
            <numerusform>Croquis de %1, modifié le %2 : %n composant</numerusform>
            <numerusform>Croquis de %1, modifié le %2 : %n composants</numerusform>
        </translation>
    </message>
    <message>
        <source>compare takes one question ID and --sketch FILE.json</source>
        <translation>compare attend un identifiant de question et --sketch FICHIER.json</translation>
    </message>
    <message>
        <source>%1 has no reference architecture diagram to compare with; `sdstudy diagrams` lists them</source>
        <translation>%1 n&apos;a pas de diagramme d&apos;architecture de référence à comparer ; `sdstudy diagrams` les liste</translation>
    </message>
    <message>
        <source>a back-of-the-envelope problem with its worked answer; the same seed gives the same problem</source>
        <translation>un problème d&apos;estimation avec sa solution détaillée ; la même graine donne le même problème</translation>
    </message>
    <message>
        <source>whether an answer such as &quot;12 TB&quot; is accepted</source>
        <translation>si une réponse comme « 12 To » est acceptée</translation>
    </message>
    <message>
        <source>%1: the sketch is empty; the sketch of %2 is left as it was</source>
        <translation>%1 : le croquis est vide ; le croquis de %2 reste tel quel</translation>
    </message>
    <message>
        <source>%1 against &quot;%2&quot;: %3 of %4 components, %5 of %6 connections, coverage %7%; suggests %8</source>
        <translation>%1 face à « %2 » : %3 composants sur %4, %5 liaisons sur %6, couverture %7 % ; suggère %8</translation>
    </message>
    <message>
        <source> (by kind only)</source>
        <translation> (par type seulement)</translation>
    </message>
    <message>
        <source>drill takes estimation or check</source>
        <translation>drill attend estimation ou check</translation>
    </message>
    <message>
        <source>--type takes one of %1</source>
        <translation>--type attend l&apos;un de %1</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295</source>
        <translation>--seed attend un entier de 0 à 4294967295</translation>
    </message>
    <message>
        <source>%1 (seed %2)</source>
        <translation>%1 (graine %2)</translation>
    </message>
    <message>
        <source>Answer: %1, accepted %2</source>
        <translation>Réponse : %1, acceptée %2</translation>
    </message>
    <message>
        <source>drill check takes --seed N (and --type, if the problem had one) and --answer TEXT</source>
        <translation>drill check attend --seed N (et --type, si le problème en avait un) et --answer TEXTE</translation>
    </message>
    <message>
        <source>use: concept split ID, or: concept join ID OTHER</source>
        <translation>utilisation : concept split ID, ou : concept join ID AUTRE</translation>
    </message>
    <message>
        <source>%1 is a concept of its own now, with the schedule it had.</source>
        <translation>%1 est maintenant un concept à part, avec le calendrier qu’il avait.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 are one concept now, with %n phrasing(s).</source>
        <translation>
            <numerusform>%1 et %2 forment maintenant un concept, avec %n formulation.</numerusform>
            <numerusform>%1 et %2 forment maintenant un concept, avec %n formulations.</numerusform>
        </translation>
    </message>
    <message>
        <source>every concept with the questions that ask it</source>
        <translation>chaque concept avec les questions qui le posent</translation>
    </message>
    <message>
        <source>not the same question: take it out of its concept</source>
        <translation>pas la même question : la sortir de son concept</translation>
    </message>
    <message>
        <source>the same question: fold its concept and OTHER&apos;s into one</source>
        <translation>la même question : réunir son concept et celui d’AUTRE en un seul</translation>
    </message>
    <message>
        <source>Related: %1</source>
        <translation>Voir aussi : %1</translation>
    </message>
</context>
<context>
    <name>ConceptChartModel</name>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>unknown chart model &quot;%1&quot;; the models are %2</source>
        <translation>modèle de graphique inconnu &quot;%1&quot; ; les modèles sont %2</translation>
    </message>
    <message>
        <source>Tail heaviness (sigma)</source>
        <translation>Épaisseur de la queue (sigma)</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Gigue</translation>
    </message>
    <message>
        <source>Skew (Zipf s)</source>
        <translation>Asymétrie (Zipf s)</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Downtime (minutes, log scale)</source>
        <translation>Indisponibilité (minutes, échelle log)</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>par an</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>%1%: %2 a year</source>
        <translation>%1 % : %2 par an</translation>
    </message>
    <message>
        <source>Each nine cuts downtime tenfold: %1.</source>
        <translation>Chaque neuf divise l’indisponibilité par dix : %1.</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latence (ms)</translation>
    </message>
    <message>
        <source>% of requests per ms</source>
        <translation>% des requêtes par ms</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>requêtes</translation>
    </message>
    <message>
        <source>p50 %1 ms</source>
        <translation>p50 %1 ms</translation>
    </message>
    <message>
        <source>p95 %1 ms</source>
        <translation>p95 %1 ms</translation>
    </message>
    <message>
        <source>p99 %1 ms</source>
        <translation>p99 %1 ms</translation>
    </message>
    <message>
        <source>Half the requests take under %1 ms, but one in a hundred takes over %2 ms: %3 times the median. A page that makes 100 calls almost always waits for a p99.</source>
        <translation>La moitié des requêtes prend moins de %1 ms, mais une sur cent dépasse %2 ms : %3 fois la médiane. Une page qui fait 100 appels attend presque toujours un p99.</translation>
    </message>
    <message>
        <source>Time since the failure (ms)</source>
        <translation>Temps depuis la panne (ms)</translation>
    </message>
    <message>
        <source>Retries per %1 ms</source>
        <translation>Nouvelles tentatives par %1 ms</translation>
    </message>
    <message>
        <source>without jitter</source>
        <translation>sans gigue</translation>
    </message>
    <message>
        <source>with jitter</source>
        <translation>avec gigue</translation>
    </message>
    <message>
        <source>%1 clients that failed at once retry at 100, 300, 700 ms ... Without jitter every retry lands together (peaks of %2); with %3% jitter the peak is %4.</source>
        <translation>%1 clients en échec au même moment réessaient à 100, 300, 700 ms ... Sans gigue, toutes les tentatives arrivent ensemble (pics de %2) ; avec %3 % de gigue, le pic est de %4.</translation>
    </message>
    <message>
        <source>Cache size (% of items)</source>
        <translation>Taille du cache (% des éléments)</translation>
    </message>
    <message>
        <source>Hit ratio (%)</source>
        <translation>Taux de succès (%)</translation>
    </message>
    <message>
        <source>Zipf s = %1</source>
        <translation>Zipf s = %1</translation>
    </message>
    <message>
        <source>uniform (no skew)</source>
        <translation>uniforme (sans asymétrie)</translation>
    </message>
    <message>
        <source>10% cached: %1% hits</source>
        <translation>10 % en cache : %1 % de succès</translation>
    </message>
    <message>
        <source>With skew %1, caching the most popular 10% of %2 items serves %3% of requests; without skew it serves 10%.</source>
        <translation>Avec une asymétrie de %1, mettre en cache les 10 % les plus demandés de %2 éléments sert %3 % des requêtes ; sans asymétrie, 10 %.</translation>
    </message>
    <message>
        <source>Utilisation (%)</source>
        <translation>Utilisation (%)</translation>
    </message>
    <message>
        <source>Time in the system (ms)</source>
        <translation>Temps dans le système (ms)</translation>
    </message>
    <message>
        <source>queueing + service</source>
        <translation>attente + service</translation>
    </message>
    <message>
        <source>%1%: %2 ms</source>
        <translation>%1%: %2 ms</translation>
    </message>
    <message>
        <source>A %1 ms request on a server %2% busy takes %3 ms on average; at 50% it takes %4 ms, at 90% %5 ms. Latency climbs steeply past about 80%: keep headroom.</source>
        <translation>Une requête de %1 ms sur un serveur occupé à %2 % prend %3 ms en moyenne ; à 50 %, %4 ms, à 90 %, %5 ms. Au-delà d’environ 80 %, la latence grimpe en flèche : gardez de la marge.</translation>
    </message>
</context>
<context>
    <name>ConceptOverrides</name>
    <message>
        <source>there is no question %1</source>
        <translation>il n’y a pas de question %1</translation>
    </message>
    <message>
        <source>%1 is a concept of its own already</source>
        <translation>%1 est déjà un concept à part</translation>
    </message>
    <message>
        <source>%1 and %2 are one concept already</source>
        <translation>%1 et %2 forment déjà un seul concept</translation>
    </message>
</context>
<context>
    <name>CsvBank</name>
    <message numerus="yes">
        <source>%n column(s) where %1 are needed; left out</source>
        <translation>
            <numerusform>%n colonne là où il en faut %1 ; ignorée</numerusform>
            <numerusform>%n colonnes là où il en faut %1 ; ignorée</numerusform>
        </translation>
    </message>
    <message>
        <source>a row with no question; left out</source>
        <translation>une ligne sans question ; ignorée</translation>
    </message>
    <message>
        <source>“%1” has no answer; left out</source>
        <translation>« %1 » n&apos;a pas de réponse ; ignorée</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>no column holds the questions; choose one</source>
        <translation>aucune colonne ne contient les questions ; choisissez-en une</translation>
    </message>
    <message>
        <source>no column holds the answers; choose one</source>
        <translation>aucune colonne ne contient les réponses ; choisissez-en une</translation>
    </message>
    <message>
        <source>the questions and the answers are in one column; choose two</source>
        <translation>les questions et les réponses sont dans une même colonne ; choisissez-en deux</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1 : impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: this is not a study database (not an SQLite file, or a damaged one)</source>
        <translation>%1 : ce n’est pas une base d’étude (pas un fichier SQLite, ou un fichier abîmé)</translation>
    </message>
    <message>
        <source>the file was written by a newer version of the app (schema %1, this version reads up to %2)</source>
        <translation>le fichier vient d’une version plus récente de l’application (schéma %1, cette version lit jusqu’au %2)</translation>
    </message>
    <message>
        <source>upgrading to schema %1 failed: %2</source>
        <translation>le passage au schéma %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <source>%1: the file is at schema %2, this version of the app reads schema %3</source>
        <translation>%1 : le fichier est au schéma %2, cette version de l’application lit le schéma %3</translation>
    </message>
</context>
<context>
    <name>DatabaseFileCheck</name>
    <message>
        <source>it has tables, but not those of a study database</source>
        <translation>elle a des tables, mais pas celles d’une base d’étude</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>ce n’est pas une base SQLite</translation>
    </message>
    <message>
        <source>it is another program&apos;s SQLite database</source>
        <translation>c’est la base SQLite d’un autre programme</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is locked by another program: %2</source>
        <translation>%1 est verrouillé par un autre programme : %2</translation>
    </message>
    <message>
        <source>%1 is not a study database (%2). It was left as it is. Start without --db to use your usual database, or name a study database or a new file with --db.</source>
        <translation>%1 n’est pas une base d’étude (%2). Le fichier est resté tel quel. Lancez sans --db pour utiliser votre base habituelle, ou indiquez avec --db une base d’étude ou un nouveau fichier.</translation>
    </message>
</context>
<context>
    <name>DiagramExport</name>
    <message>
        <source>%1: could not write the picture</source>
        <translation>%1 : impossible d’écrire l’image</translation>
    </message>
    <message>
        <source>A diagram from System Design Study</source>
        <translation>Un diagramme de System Design Study</translation>
    </message>
    <message>
        <source>%1: not enough memory for a picture this large</source>
        <translation>%1 : pas assez de mémoire pour une image aussi grande</translation>
    </message>
</context>
<context>
    <name>DiagramFile</name>
    <message>
        <source>%1: names no questions (sdstudy_questions)</source>
        <translation>%1 : ne nomme aucune question (sdstudy_questions)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a stable question id such as q-31248e417639</source>
        <translation>%1 : &quot;%2&quot; n’est pas un id de question stable comme q-31248e417639</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>%1:1: a JSON diagram has &quot;kind&quot;: &quot;chart&quot;</source>
        <translation>%1:1 : un diagramme JSON a &quot;kind&quot;: &quot;chart&quot;</translation>
    </message>
    <message>
        <source>%1:1: no &quot;title&quot;</source>
        <translation>%1:1 : pas de &quot;title&quot;</translation>
    </message>
    <message>
        <source>%1: a diagram is a .dot or a .json file</source>
        <translation>%1 : un diagramme est un fichier .dot ou .json</translation>
    </message>
    <message>
        <source>%1:1: no sdstudy_title</source>
        <translation>%1:1 : pas de sdstudy_title</translation>
    </message>
    <message>
        <source>%1:%2: sdstudy_kind is architecture or concept</source>
        <translation>%1:%2 : sdstudy_kind vaut architecture ou concept</translation>
    </message>
</context>
<context>
    <name>DiagramLayout</name>
    <message>
        <source>node &quot;%1&quot; is in two clusters, &quot;%2&quot; and &quot;%3&quot;; a node belongs to one</source>
        <translation>le nœud &quot;%1&quot; est dans deux groupes, &quot;%2&quot; et &quot;%3&quot; ; un nœud appartient à un seul</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not a DOT graph</source>
        <translation>pas un graphe DOT</translation>
    </message>
    <message>
        <source>%1.dot: Graphviz could not lay it out with &quot;%2&quot;: %3</source>
        <translation>%1.dot : Graphviz n’a pas pu le disposer avec &quot;%2&quot; : %3</translation>
    </message>
</context>
<context>
    <name>DiagramPainter</name>
    <message>
        <source>read path</source>
        <translation>chemin de lecture</translation>
    </message>
    <message>
        <source>write path</source>
        <translation>chemin d’écriture</translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <source>Open the question on %1</source>
        <translation>Ouvrir la question sur %1</translation>
    </message>
</context>
<context>
    <name>EstimationDrill</name>
    <message>
        <source>an L1 cache reference</source>
        <translation>un accès au cache L1</translation>
    </message>
    <message>
        <source>a branch mispredict</source>
        <translation>une mauvaise prédiction de branchement</translation>
    </message>
    <message>
        <source>an L2 cache reference</source>
        <translation>un accès au cache L2</translation>
    </message>
    <message>
        <source>a mutex lock and unlock</source>
        <translation>verrouiller et déverrouiller un mutex</translation>
    </message>
    <message>
        <source>a main memory reference</source>
        <translation>un accès à la mémoire principale</translation>
    </message>
    <message>
        <source>compressing 1 KB with a fast compressor (Snappy)</source>
        <translation>compresser 1 Ko avec un compresseur rapide (Snappy)</translation>
    </message>
    <message>
        <source>sending 1 KB over a 1 Gbit/s network</source>
        <translation>envoyer 1 Ko sur un réseau à 1 Gbit/s</translation>
    </message>
    <message>
        <source>a random 4 KB read from an SSD</source>
        <translation>une lecture aléatoire de 4 Ko sur un SSD</translation>
    </message>
    <message>
        <source>reading 1 MB sequentially from memory</source>
        <translation>lire 1 Mo séquentiellement en mémoire</translation>
    </message>
    <message>
        <source>a round trip within one datacenter</source>
        <translation>un aller-retour dans un même centre de données</translation>
    </message>
    <message>
        <source>reading 1 MB sequentially from an SSD</source>
        <translation>lire 1 Mo séquentiellement sur un SSD</translation>
    </message>
    <message>
        <source>a disk seek</source>
        <translation>un déplacement de tête de disque</translation>
    </message>
    <message>
        <source>reading 1 MB sequentially from a spinning disk</source>
        <translation>lire 1 Mo séquentiellement sur un disque dur</translation>
    </message>
    <message>
        <source>a packet&apos;s round trip from California to the Netherlands and back</source>
        <translation>l&apos;aller-retour d&apos;un paquet de la Californie aux Pays-Bas</translation>
    </message>
    <message>
        <source>%L1 billion</source>
        <translation>%L1 milliards</translation>
    </message>
    <message>
        <source>%L1 million</source>
        <translation>%L1 millions</translation>
    </message>
    <message>
        <source>within 25% either way</source>
        <translation>à 25 % près dans les deux sens</translation>
    </message>
    <message>
        <source>within %L1× either way</source>
        <translation>à un facteur %L1 près dans les deux sens</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 daily active users each make %2 requests a day, and the busiest hour carries %3 times the average load. What peak rate of requests must the system handle?</source>
        <translation>%1 utilisateurs actifs par jour font chacun %2 requêtes par jour, et l&apos;heure la plus chargée porte %3 fois la charge moyenne. Quel débit de pointe de requêtes le système doit-il tenir ?</translation>
    </message>
    <message>
        <source>%1 daily active users each make %2 requests a day. What is the average number of requests per second?</source>
        <translation>%1 utilisateurs actifs par jour font chacun %2 requêtes par jour. Combien de requêtes par seconde en moyenne ?</translation>
    </message>
    <message>
        <source>Requests a day: %1 × %2 = %3</source>
        <translation>Requêtes par jour : %1 × %2 = %3</translation>
    </message>
    <message>
        <source>A day has 86,400 seconds: 8.64 × 10⁴, about 10⁵</source>
        <translation>Un jour compte 86 400 secondes : 8,64 × 10⁴, environ 10⁵</translation>
    </message>
    <message>
        <source>At peak: %1 × %2 ≈ %3</source>
        <translation>En pointe : %1 × %2 ≈ %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 new items are stored each day, %2 each. How much storage do %n year(s) take, with %3 copies of everything?</source>
        <translation>
            <numerusform>%1 nouveaux éléments sont stockés chaque jour, de %2 chacun. Quel stockage faut-il pour %n an, avec %3 copies de tout ?</numerusform>
            <numerusform>%1 nouveaux éléments sont stockés chaque jour, de %2 chacun. Quel stockage faut-il pour %n ans, avec %3 copies de tout ?</numerusform>
        </translation>
    </message>
    <message>
        <source>A day: %1 × %2 B = %3 B</source>
        <translation>Un jour : %1 × %2 o = %3 o</translation>
    </message>
    <message>
        <source>A year: %1 × 365 ≈ %2 B (%3)</source>
        <translation>Un an : %1 × 365 ≈ %2 o (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s): %1 B</source>
        <translation>
            <numerusform>%n an : %1 o</numerusform>
            <numerusform>%n ans : %1 o</numerusform>
        </translation>
    </message>
    <message>
        <source>With %1 copies: %2 B = %3</source>
        <translation>Avec %1 copies : %2 o = %3</translation>
    </message>
    <message>
        <source>At peak the service answers %1 requests per second, each response %2. What outgoing bandwidth does it need?</source>
        <translation>En pointe, le service répond à %1 requêtes par seconde, chaque réponse faisant %2. De quelle bande passante sortante a-t-il besoin ?</translation>
    </message>
    <message>
        <source>Bytes per second: %1 × %2 B = %3 B/s</source>
        <translation>Octets par seconde : %1 × %2 o = %3 o/s</translation>
    </message>
    <message>
        <source>In bits: × 8 = %1 bit/s</source>
        <translation>En bits : × 8 = %1 bit/s</translation>
    </message>
    <message>
        <source>There are %1 items of %2 each, and %3% of the items get %4% of the reads. How much cache memory holds the hot items, for a hit ratio of about %4%?</source>
        <translation>Il y a %1 éléments de %2 chacun, et %3 % des éléments reçoivent %4 % des lectures. Quelle mémoire de cache contient les éléments chauds, pour un taux de succès d&apos;environ %4 % ?</translation>
    </message>
    <message>
        <source>All the data: %1 × %2 B = %3 B</source>
        <translation>Toutes les données : %1 × %2 o = %3 o</translation>
    </message>
    <message>
        <source>The hot %1%: %2 × %3 = %4 B (%5)</source>
        <translation>Les %1 % chauds : %2 × %3 = %4 o (%5)</translation>
    </message>
    <message>
        <source>At peak %1 requests arrive per second, and one server handles %2 per second. How many servers keep each one at most %3% busy?</source>
        <translation>En pointe, %1 requêtes arrivent par seconde, et un serveur en traite %2 par seconde. Combien de serveurs pour que chacun soit occupé au plus à %3 % ?</translation>
    </message>
    <message>
        <source>Each server takes %1 × %2 = %3 per second</source>
        <translation>Chaque serveur prend %1 × %2 = %3 par seconde</translation>
    </message>
    <message>
        <source>Servers: %1 ÷ %2 ≈ %3, rounded up: %4</source>
        <translation>Serveurs : %1 ÷ %2 ≈ %3, arrondi au-dessus : %4</translation>
    </message>
    <message>
        <source>A database holds %1. Each shard&apos;s machine has %2 of disk and is kept at most %3% full. How many shards does it take?</source>
        <translation>Une base de données contient %1. La machine de chaque shard a %2 de disque et reste remplie au plus à %3 %. Combien de shards faut-il ?</translation>
    </message>
    <message>
        <source>Each shard holds %1 × %2 = %3</source>
        <translation>Chaque shard contient %1 × %2 = %3</translation>
    </message>
    <message>
        <source>Shards: %1 ÷ %2 = %3, rounded up: %4</source>
        <translation>Shards : %1 ÷ %2 = %3, arrondi au-dessus : %4</translation>
    </message>
    <message>
        <source>A Kafka topic must take %1 MB/s. One partition takes %2 MB/s from producers, and one consumer processes %3 MB/s. How many partitions does the topic need?</source>
        <translation>Un topic Kafka doit absorber %1 Mo/s. Une partition reçoit %2 Mo/s des producteurs, et un consommateur traite %3 Mo/s. Combien de partitions faut-il au topic ?</translation>
    </message>
    <message>
        <source>For the producers: %1 ÷ %2 = %3</source>
        <translation>Pour les producteurs : %1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>For the consumers (one consumer per partition at most): %1 ÷ %2 = %3</source>
        <translation>Pour les consommateurs (au plus un par partition) : %1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>The larger, rounded up: %1</source>
        <translation>Le plus grand, arrondi au-dessus : %1</translation>
    </message>
    <message>
        <source>About how long does %1 take?</source>
        <translation>Combien de temps prend environ %1 ?</translation>
    </message>
    <message>
        <source>%1: about %2 (%3 s)</source>
        <translation>%1 : environ %2 (%3 s)</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>Source : %1 (%2)</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Requêtes par seconde</translation>
    </message>
    <message>
        <source>Peak load</source>
        <translation>Charge de pointe</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bande passante</translation>
    </message>
    <message>
        <source>Cache memory</source>
        <translation>Mémoire de cache</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>Kafka partitions</source>
        <translation>Partitions Kafka</translation>
    </message>
    <message>
        <source>Latency numbers</source>
        <translation>Chiffres de latence</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 requests/s</source>
        <translation>%1 requêtes/s</translation>
    </message>
    <message>
        <source>%1 bit/s</source>
        <translation>%1 bit/s</translation>
    </message>
    <message>
        <source>write a number and a unit, such as 12 TB</source>
        <translation>écrivez un nombre et une unité, comme 12 To</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a number</source>
        <translation>« %1 » ne commence pas par un nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate; write requests per second, such as 12000 or 12k req/s</source>
        <translation>« %1 » n&apos;est pas un débit ; écrivez des requêtes par seconde, comme 12000 ou 12k req/s</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something counted; write a number, such as 34</source>
        <translation>« %1 » n&apos;est pas un dénombrement ; écrivez un nombre, comme 34</translation>
    </message>
    <message>
        <source>give a unit, such as GB or TB</source>
        <translation>donnez une unité, comme GB ou TB</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size; write B, KB, MB, GB, TB or PB</source>
        <translation>« %1 » n&apos;est pas une taille ; écrivez B, KB, MB, GB, TB ou PB</translation>
    </message>
    <message>
        <source>give a unit, such as MB/s or Gbps</source>
        <translation>donnez une unité, comme MB/s ou Gbps</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bandwidth; write MB/s, GB/s or Gbps</source>
        <translation>« %1 » n&apos;est pas une bande passante ; écrivez MB/s, GB/s ou Gbps</translation>
    </message>
    <message>
        <source>give a unit, such as ns, µs or ms</source>
        <translation>donnez une unité, comme ns, µs ou ms</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time; write ns, µs, ms or s</source>
        <translation>« %1 » n&apos;est pas une durée ; écrivez ns, µs, ms ou s</translation>
    </message>
    <message>
        <source>the answer must be more than zero</source>
        <translation>la réponse doit être supérieure à zéro</translation>
    </message>
    <message>
        <source>Right: %1 is %2 of %3.</source>
        <translation>Juste : %1 est %2 de %3.</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>le nombre est trop grand</translation>
    </message>
    <message>
        <source>within about 3× either way (the same order of magnitude)</source>
        <translation>à environ 3× près dans les deux sens (le même ordre de grandeur)</translation>
    </message>
    <message>
        <source>Average per second: %1 ÷ (8.64 × 10⁴) ≈ %2</source>
        <translation>Moyenne par seconde : %1 ÷ (8,64 × 10⁴) ≈ %2</translation>
    </message>
    <message>
        <source>Too high: %1 is %2 times %3.</source>
        <translation>Trop haut : %1 vaut %2 fois %3.</translation>
    </message>
    <message>
        <source>Too low: %1 is 1/%2 of %3.</source>
        <translation>Trop bas : %1 vaut 1/%2 de %3.</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <source>Hard</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <source>Review later</source>
        <translation>À revoir plus tard</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
</context>
<context>
    <name>FsrsHistory</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>the header has no column &quot;%1&quot;; a review log needs %2</source>
        <translation>l&apos;en-tête n&apos;a pas de colonne « %1 » ; un journal de réponses demande %2</translation>
    </message>
    <message numerus="yes">
        <source>%n fields where the header has %1</source>
        <translation>
            <numerusform>%n champ là où l&apos;en-tête en a %1</numerusform>
            <numerusform>%n champs là où l&apos;en-tête en a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>review_time %1 is not a time in milliseconds since 1970</source>
        <translation>review_time %1 n&apos;est pas une heure en millisecondes depuis 1970</translation>
    </message>
    <message>
        <source>%1 is empty; a review log starts with the header %2</source>
        <translation>%1 est vide ; un journal de réponses commence par l&apos;en-tête %2</translation>
    </message>
    <message>
        <source>the header names the column &quot;%1&quot; twice</source>
        <translation>l&apos;en-tête nomme deux fois la colonne « %1 »</translation>
    </message>
    <message>
        <source>review_rating %1 is not 1 (again) to 4 (easy), or 0 (rescheduled)</source>
        <translation>review_rating %1 n&apos;est pas entre 1 (à revoir) et 4 (facile), ni 0 (replanifiée)</translation>
    </message>
    <message>
        <source>review_state %1 is not 0 (new), 1 (learning), 2 (review), 3 (relearning), 4 (filtered) or 5 (manual)</source>
        <translation>review_state %1 n&apos;est pas 0 (nouvelle), 1 (apprentissage), 2 (révision), 3 (réapprentissage), 4 (filtrée) ou 5 (manuelle)</translation>
    </message>
</context>
<context>
    <name>FsrsScheduler</name>
    <message>
        <source>state %1 is not one of 0 (new), 1 (learning), 2 (review), 3 (relearning)</source>
        <translation>l’état %1 n’est pas l’un de 0 (nouvelle), 1 (apprentissage), 2 (révision), 3 (réapprentissage)</translation>
    </message>
    <message>
        <source>stability %1 is outside %2..%3</source>
        <translation>la stabilité %1 est hors de %2..%3</translation>
    </message>
    <message>
        <source>difficulty %1 is outside 1..10</source>
        <translation>la difficulté %1 est hors de 1..10</translation>
    </message>
    <message>
        <source>a negative count (learning_step, reps, lapses or scheduled_days)</source>
        <translation>un compte négatif (learning_step, reps, lapses ou scheduled_days)</translation>
    </message>
    <message>
        <source>it has no valid due time</source>
        <translation>elle n’a pas d’échéance valide</translation>
    </message>
    <message>
        <source>it was studied but has no valid last review time</source>
        <translation>elle a été étudiée mais n’a pas de dernière révision valide</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>%1: the file is larger than %2; nothing was read</source>
        <translation>%1 : le fichier dépasse %2 ; rien n’a été lu</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1 : pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1 : impossible de lire le fichier : %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
</context>
<context>
    <name>MarkdownBank</name>
    <message>
        <source>a question with no words; left out</source>
        <translation>une question sans mots ; ignorée</translation>
    </message>
    <message>
        <source>“%1” has no answer; left out</source>
        <translation>« %1 » n&apos;a pas de réponse ; ignorée</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>a table of contents; left out</source>
        <translation>une table des matières ; ignorée</translation>
    </message>
    <message numerus="yes">
        <source>the introduction under the title is left out (%n line(s))</source>
        <translation>
            <numerusform>l&apos;introduction sous le titre est ignorée (%n ligne)</numerusform>
            <numerusform>l&apos;introduction sous le titre est ignorée (%n lignes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a question; its text is left out (%n line(s))</source>
        <translation>
            <numerusform>« %1 » n&apos;est pas une question ; son texte est ignoré (%n ligne)</numerusform>
            <numerusform>« %1 » n&apos;est pas une question ; son texte est ignoré (%n lignes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>text before the first heading is not a question; left out (%n line(s))</source>
        <translation>
            <numerusform>le texte avant le premier titre n&apos;est pas une question ; ignoré (%n ligne)</numerusform>
            <numerusform>le texte avant le premier titre n&apos;est pas une question ; ignoré (%n lignes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MockAttemptStore</name>
    <message>
        <source>a scratch pad can hold up to %1 characters; this one has %2</source>
        <translation>un brouillon peut contenir jusqu’à %1 caractères ; celui-ci en a %2</translation>
    </message>
    <message>
        <source>the attempt is no longer in the database</source>
        <translation>la tentative n’est plus dans la base de données</translation>
    </message>
</context>
<context>
    <name>NoteStore</name>
    <message>
        <source>a note can hold up to %1 characters; this one has %2</source>
        <translation>une note contient au plus %1 caractères ; celle-ci en a %2</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mes notes</translation>
    </message>
    <message>
        <source>Exported from System Design Study on %1.</source>
        <translation>Exporté de System Design Study le %1.</translation>
    </message>
    <message>
        <source>Questions no longer in a bank</source>
        <translation>Questions qui ne sont plus dans une banque</translation>
    </message>
</context>
<context>
    <name>ProgressDashboard</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
</context>
<context>
    <name>ProgressFile</name>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: not a System Design Study progress file</source>
        <translation>%1 : pas un fichier de progression de System Design Study</translation>
    </message>
    <message>
        <source>%1: made by a newer version of the app (format %2)</source>
        <translation>%1 : créé par une version plus récente de l’application (format %2)</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>n’est pas un objet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>&quot;%1&quot; doit être un texte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time in ISO 8601 (%2)</source>
        <translation>&quot;%1&quot; n’est pas une heure au format ISO 8601 (%2)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absente</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; doit être un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <translation>&quot;%1&quot; doit être un nombre</translation>
    </message>
    <message>
        <source>no flag is called &quot;%1&quot;</source>
        <translation>aucune étiquette ne s’appelle &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;deleted&quot; must be true or false</source>
        <translation>&quot;deleted&quot; doit valoir true ou false</translation>
    </message>
    <message>
        <source>the note has more than %1 characters</source>
        <translation>la note dépasse %1 caractères</translation>
    </message>
    <message>
        <source>stability or difficulty is outside its range</source>
        <translation>la stabilité ou la difficulté est hors de sa plage</translation>
    </message>
    <message>
        <source>&quot;card_before&quot; is not a card</source>
        <translation>&quot;card_before&quot; n’est pas une carte</translation>
    </message>
    <message>
        <source>%1: the file is larger than a progress file can be (%2 MB)</source>
        <translation>%1 : le fichier dépasse la taille d’un fichier de progression (%2 Mo)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the picture is larger than a note&apos;s picture can be</source>
        <translation>l’image dépasse la taille permise pour une note</translation>
    </message>
    <message>
        <source>&quot;data&quot; is not Base64</source>
        <translation>&quot;data&quot; n’est pas en Base64</translation>
    </message>
    <message>
        <source>the picture&apos;s bytes do not match its id</source>
        <translation>les octets de l’image ne correspondent pas à son identifiant</translation>
    </message>
    <message>
        <source>only PNG and JPEG pictures can be kept in a note</source>
        <translation>seules les images PNG et JPEG peuvent être gardées dans une note</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) deleted, as the file says they were deleted after your last change here.</source>
        <translation>
            <numerusform>%n note supprimée, car le fichier indique qu’elle a été supprimée après votre dernière modification ici.</numerusform>
            <numerusform>%n notes supprimées, car le fichier indique qu’elles ont été supprimées après votre dernière modification ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) without text skipped: an empty note in the file never deletes yours.</source>
        <translation>
            <numerusform>%n note sans texte ignorée : une note vide dans le fichier ne supprime jamais la vôtre.</numerusform>
            <numerusform>%n notes sans texte ignorées : une note vide dans le fichier ne supprime jamais la vôtre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) carried a date in the future (a clock that was wrong). They were added only where you had nothing yet, and never replaced what you have.</source>
        <translation>
            <numerusform>%n élément portait une date future (une horloge fausse). Il n’a été ajouté que là où vous n’aviez encore rien, sans rien remplacer.</numerusform>
            <numerusform>%n éléments portaient une date future (une horloge fausse). Ils n’ont été ajoutés que là où vous n’aviez encore rien, sans rien remplacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;stages&quot; must be a list of stage numbers</source>
        <translation>« stages » doit être une liste de numéros d’étapes</translation>
    </message>
    <message>
        <source>&quot;stages&quot; must hold stage numbers from 0 to %1, each once</source>
        <translation>« stages » doit contenir des numéros d’étapes de 0 à %1, chacun une fois</translation>
    </message>
    <message>
        <source>the scratch pad has more than %1 characters</source>
        <translation>le brouillon a plus de %1 caractères</translation>
    </message>
    <message>
        <source>&quot;sketch&quot; is not a sketch: %1</source>
        <translation>« sketch » n&apos;est pas un croquis : %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>&quot;accepted&quot; must be true or false</source>
        <translation>« accepted » doit valoir true ou false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of drill</source>
        <translation>« %1 » n&apos;est pas un type d&apos;exercice</translation>
    </message>
    <message>
        <source>the answer has more than %1 characters</source>
        <translation>la réponse a plus de %1 caractères</translation>
    </message>
    <message>
        <source>&quot;ratio&quot; must not be negative</source>
        <translation>« ratio » ne doit pas être négatif</translation>
    </message>
    <message>
        <source>a question cannot be the same as itself</source>
        <translation>une question ne peut pas être la même qu’elle-même</translation>
    </message>
</context>
<context>
    <name>QuizEngine</name>
    <message>
        <source>Requirements: functional and non-functional</source>
        <translation>Exigences : fonctionnelles et non fonctionnelles</translation>
    </message>
    <message>
        <source>Estimates: users, requests, storage, bandwidth</source>
        <translation>Estimations : utilisateurs, requêtes, stockage, bande passante</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Data model</source>
        <translation>Modèle de données</translation>
    </message>
    <message>
        <source>High-level design</source>
        <translation>Conception générale</translation>
    </message>
    <message>
        <source>Scaling: bottlenecks, sharding, caching</source>
        <translation>Passage à l’échelle : goulets, partitionnement, cache</translation>
    </message>
    <message>
        <source>Trade-offs and what you would do next</source>
        <translation>Compromis et suite que vous donneriez</translation>
    </message>
</context>
<context>
    <name>QuizScope</name>
    <message>
        <source>no flag is called &quot;%1&quot;</source>
        <translation>aucune étiquette ne s’appelle &quot;%1&quot;</translation>
    </message>
    <message>
        <source>topic: needs a topic name, as `sdstudy topics` lists them</source>
        <translation>topic: demande un nom de thème, tel que `sdstudy topics` les liste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scope; use study-now, all, due, new, weak, misses, bookmarked, flag:NAME or topic:NAME</source>
        <translation>&quot;%1&quot; n’est pas un périmètre ; utilisez study-now, all, due, new, weak, misses, bookmarked, flag:NOM ou topic:NOM</translation>
    </message>
    <message>
        <source>Due questions, then today&apos;s new ones</source>
        <translation>Les questions à revoir, puis les nouvelles du jour</translation>
    </message>
    <message>
        <source>The whole bank</source>
        <translation>Toute la banque</translation>
    </message>
    <message>
        <source>Bookmarked questions</source>
        <translation>Questions marquées</translation>
    </message>
    <message>
        <source>Flagged %1</source>
        <translation>Étiquetées %1</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>À revoir maintenant</translation>
    </message>
    <message>
        <source>Never studied</source>
        <translation>Jamais étudiées</translation>
    </message>
    <message>
        <source>Weak: forgotten twice or more</source>
        <translation>Faibles : oubliées deux fois ou plus</translation>
    </message>
    <message>
        <source>Missed in the last session</source>
        <translation>Manquées lors de la dernière séance</translation>
    </message>
</context>
<context>
    <name>SheetRenderer</name>
    <message>
        <source>System Design Study</source>
        <translation>System Design Study</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n question(s) · %2</source>
        <translation>
            <numerusform>%1 · %n question · %2</numerusform>
            <numerusform>%1 · %n questions · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>with answers</source>
        <translation>avec réponses</translation>
    </message>
    <message>
        <source>questions only</source>
        <translation>questions seules</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>My note:</source>
        <translation>Ma note :</translation>
    </message>
    <message>
        <source>System Design Study · %1</source>
        <translation>System Design Study · %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>My sketch:</source>
        <translation>Mon croquis :</translation>
    </message>
    <message>
        <source>Related:</source>
        <translation>Voir aussi :</translation>
    </message>
</context>
<context>
    <name>SheetRequest</name>
    <message>
        <source>unknown flag &quot;%1&quot;</source>
        <translation>étiquette inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no topic matches &quot;%1&quot;</source>
        <translation>aucun thème ne correspond à &quot;%1&quot;</translation>
    </message>
    <message>
        <source>flagged %1</source>
        <translation>étiquetées %1</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>marquées</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>recherche « %1 »</translation>
    </message>
    <message>
        <source>missed in the last session</source>
        <translation>manquées lors de la dernière séance</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Tous les thèmes</translation>
    </message>
</context>
<context>
    <name>Sketch</name>
    <message>
        <source>%1: not an object</source>
        <translation>%1 : pas un objet</translation>
    </message>
    <message>
        <source>%1.%2: not a text</source>
        <translation>%1.%2 : pas un texte</translation>
    </message>
    <message>
        <source>%1.%2: longer than %3 characters</source>
        <translation>%1.%2 : plus de %3 caractères</translation>
    </message>
    <message>
        <source>%1.%2: not a number from %3 to %4</source>
        <translation>%1.%2 : pas un nombre de %3 à %4</translation>
    </message>
    <message>
        <source>%1: not a list</source>
        <translation>%1 : pas une liste</translation>
    </message>
    <message>
        <source>%1: more than %2 items; a sketch holds at most %2</source>
        <translation>%1 : plus de %2 éléments ; un croquis en contient au plus %2</translation>
    </message>
    <message>
        <source>larger than a sketch can be (%1 MB)</source>
        <translation>plus grand qu&apos;un croquis ne peut l&apos;être (%1 Mo)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>not a System Design Study sketch (its &quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>pas un croquis de System Design Study (son « format » n&apos;est pas « %1 »)</translation>
    </message>
    <message>
        <source>version %1 of the sketch format is not one this app reads (it reads 1 to %2)</source>
        <translation>la version %1 du format de croquis n&apos;est pas lisible par cette application (elle lit de 1 à %2)</translation>
    </message>
    <message>
        <source>%1.id: empty</source>
        <translation>%1.id : vide</translation>
    </message>
    <message>
        <source>%1.id: &quot;%2&quot; is used twice</source>
        <translation>%1.id : « %2 » est utilisé deux fois</translation>
    </message>
    <message>
        <source>%1.kind: &quot;%2&quot; is not one of %3</source>
        <translation>%1.kind : « %2 » ne fait pas partie de %3</translation>
    </message>
    <message>
        <source>%1: no component &quot;%2&quot;</source>
        <translation>%1 : aucun composant « %2 »</translation>
    </message>
    <message>
        <source>%1: connects &quot;%2&quot; to itself</source>
        <translation>%1 : relie « %2 » à lui-même</translation>
    </message>
    <message>
        <source>%1.path: &quot;%2&quot; is not read, write or async</source>
        <translation>%1.path : « %2 » n&apos;est ni read, ni write, ni async</translation>
    </message>
    <message>
        <source>%1.%2: holds a control character</source>
        <translation>%1.%2 : contient un caractère de contrôle</translation>
    </message>
</context>
<context>
    <name>SketchKinds</name>
    <message>
        <source>sketch-kinds.json: no &quot;kinds&quot; list</source>
        <translation>sketch-kinds.json : pas de liste « kinds »</translation>
    </message>
    <message>
        <source>sketch-kinds.json: a kind without a name or role, or named twice: &quot;%1&quot;</source>
        <translation>sketch-kinds.json : un type sans nom ni rôle, ou nommé deux fois : « %1 »</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>DNS / CDN</source>
        <translation>DNS / CDN</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Répartiteur de charge</translation>
    </message>
    <message>
        <source>API gateway</source>
        <translation>Passerelle d&apos;API</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Object store</source>
        <translation>Stockage objet</translation>
    </message>
    <message>
        <source>Queue / stream</source>
        <translation>File / flux</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Index de recherche</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>External service</source>
        <translation>Service externe</translation>
    </message>
</context>
<context>
    <name>SketchStore</name>
    <message>
        <source>the sketch of %1 in the database does not read: %2</source>
        <translation>le croquis de %1 dans la base de données est illisible : %2</translation>
    </message>
</context>
<context>
    <name>StudyLibrary</name>
    <message>
        <source>%1 is open in another System Design Study (process %2). Close that one first, or use it.</source>
        <translation>%1 est ouvert dans un autre System Design Study (processus %2). Fermez-le d’abord, ou utilisez-le.</translation>
    </message>
    <message>
        <source>%1 is being opened by another System Design Study right now. Try again in a moment.</source>
        <translation>%1 est en cours d’ouverture par un autre System Design Study. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The study database %1 is damaged (%2) and could not be moved aside.</source>
        <translation>La base d’étude %1 est abîmée (%2) et n’a pas pu être mise de côté.</translation>
    </message>
    <message>
        <source>The study database was damaged (%1). It was moved to %2 and the backup of %3 was restored: changes made after that backup are only in the damaged file.</source>
        <translation>La base d’étude était abîmée (%1). Elle a été déplacée vers %2 et la sauvegarde du %3 a été restaurée : les modifications postérieures à cette sauvegarde ne sont que dans le fichier abîmé.</translation>
    </message>
    <message>
        <source>%1: the name &quot;%2&quot; is taken by the bundled bank; rename the file</source>
        <translation>%1 : le nom &quot;%2&quot; est pris par la banque fournie ; renommez le fichier</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 ne peut pas être restauré : %2</translation>
    </message>
    <message>
        <source>%1 is open in another System Design Study (process %2). Close it before restoring.</source>
        <translation>%1 est ouvert dans un autre System Design Study (processus %2). Fermez-le avant de restaurer.</translation>
    </message>
    <message>
        <source>%1: cannot move the current database aside</source>
        <translation>%1 : impossible de mettre la base actuelle de côté</translation>
    </message>
    <message>
        <source>%1: cannot copy %2 into place</source>
        <translation>%1 : impossible de copier %2 à sa place</translation>
    </message>
    <message>
        <source>The study database was damaged (%1) and there is no good backup of it. It was moved to %2 and a new database was started; your earlier bookmarks and notes are in the damaged file.</source>
        <translation>La base d’étude était endommagée (%1) et il n’en existe aucune bonne sauvegarde. Elle a été déplacée vers %2 et une nouvelle base a été créée ; vos marque-pages et notes précédents sont dans le fichier endommagé.</translation>
    </message>
    <message>
        <source>%1 needs setting up for this version of the app, and another System Design Study (process %2) has it open. Close that one first.</source>
        <translation>%1 doit être préparé pour cette version de l’application, et un autre System Design Study (processus %2) l’a ouvert. Fermez-le d’abord.</translation>
    </message>
    <message>
        <source>a bank “%1” was imported since; the removed one was not brought back</source>
        <translation>une banque « %1 » a été importée depuis ; celle qui a été retirée n&apos;a pas été rétablie</translation>
    </message>
    <message>
        <source>the removed bank&apos;s text was not kept</source>
        <translation>le texte de la banque retirée n&apos;a pas été conservé</translation>
    </message>
</context>
<context>
    <name>TopicRules</name>
    <message>
        <source>pattern &quot;%1&quot; is not a valid regular expression: %2</source>
        <translation>le motif &quot;%1&quot; n’est pas une expression régulière valide : %2</translation>
    </message>
    <message>
        <source>at byte %1: %2</source>
        <translation>à l’octet %1 : %2</translation>
    </message>
    <message>
        <source>no topics defined</source>
        <translation>aucun thème défini</translation>
    </message>
    <message>
        <source>the catch-all names the unknown topic &quot;%1&quot;</source>
        <translation>la règle par défaut nomme le thème inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a rule names &quot;%1 / %2&quot;, which is not in the topic list</source>
        <translation>une règle nomme &quot;%1 / %2&quot;, absent de la liste des thèmes</translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>Clear Bookmark</source>
        <translation>Retirer le marque-page</translation>
    </message>
    <message>
        <source>Flag as %1</source>
        <translation>Étiqueter %1</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Marque-page</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>The note was changed since; it was kept, not deleted.</source>
        <translation>La note a été modifiée depuis ; elle est gardée, pas supprimée.</translation>
    </message>
    <message>
        <source>*Deleted text, brought back by Undo:*</source>
        <translation>*Texte supprimé, rétabli par Annuler :*</translation>
    </message>
    <message>
        <source>A note was written here since the deletion; the deleted text was added below it.</source>
        <translation>Une note a été écrite ici depuis la suppression ; le texte supprimé a été ajouté en dessous.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>System Design Study</source>
        <translation>System Design Study</translation>
    </message>
    <message>
        <source>Cannot Open the Study Database</source>
        <translation>Impossible d’ouvrir la base d’étude</translation>
    </message>
    <message>
        <source>Study Database Repaired</source>
        <translation>Base d’étude réparée</translation>
    </message>
</context>
<context>
    <name>sdstudy::charts::ConceptChartView</name>
    <message>
        <source>%1: could not write the picture</source>
        <translation>%1 : impossible d’écrire l’image</translation>
    </message>
</context>
<context>
    <name>sdstudy::sheets::SafeTextDocument</name>
    <message>
        <source>[image not shown]</source>
        <translation>[image non affichée]</translation>
    </message>
    <message>
        <source>Pictures named by a file or a web address are never loaded. Paste the picture into your note to keep it.</source>
        <translation>Les images désignées par un fichier ou une adresse web ne sont jamais chargées. Collez l’image dans votre note pour la garder.</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::BackgroundFileCheck</name>
    <message>
        <source>Study Database Damaged</source>
        <translation>Base d’étude endommagée</translation>
    </message>
    <message>
        <source>A check of %1 found it damaged (%2).

Quit and start the app again: it will set the damaged file aside and restore your newest good backup.</source>
        <translation>Une vérification de %1 l’a trouvée endommagée (%2).

Quittez puis relancez l’application : elle mettra le fichier endommagé de côté et restaurera votre sauvegarde saine la plus récente.</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::BankActions</name>
    <message>
        <source>&amp;Rename Bank…</source>
        <translation>&amp;Renommer la banque…</translation>
    </message>
    <message>
        <source>Re&amp;move Bank…</source>
        <translation>Re&amp;tirer la banque…</translation>
    </message>
    <message>
        <source>The bundled bank stays</source>
        <translation>La banque fournie reste</translation>
    </message>
    <message>
        <source>Rename Bank</source>
        <translation>Renommer la banque</translation>
    </message>
    <message>
        <source>Name of the bank:</source>
        <translation>Nom de la banque :</translation>
    </message>
    <message>
        <source>Rename Failed</source>
        <translation>Échec du renommage</translation>
    </message>
    <message>
        <source>Remove Bank</source>
        <translation>Retirer la banque</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and its %n question(s)?</source>
        <translation>
            <numerusform>Retirer « %1 » et sa %n question ?</numerusform>
            <numerusform>Retirer « %1 » et ses %n questions ?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove “%1”? This cannot be undone.</source>
        <translation>Retirer « %1 » ? Ce n&apos;est pas annulable.</translation>
    </message>
    <message>
        <source>It was imported by an earlier version of the app, which kept no copy of it. Your notes, bookmarks and answers on it are kept, and come back if you import its file again.</source>
        <translation>Elle a été importée par une version antérieure de l&apos;application, qui n&apos;en gardait pas de copie. Vos notes, signets et réponses sont conservés et reviennent si vous réimportez son fichier.</translation>
    </message>
    <message>
        <source>Bank removed.</source>
        <translation>Banque retirée.</translation>
    </message>
    <message>
        <source>The bank was not removed: %1</source>
        <translation>La banque n&apos;a pas été retirée : %1</translation>
    </message>
    <message>
        <source>You have %1 on its questions. They are kept, and come back if you undo or import the bank again.</source>
        <translation>Vous avez %1 sur ses questions. Ils sont conservés et reviennent si vous annulez ou réimportez la banque.</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::BookmarkActions</name>
    <message>
        <source>&amp;Bookmark</source>
        <translation>&amp;Marquer</translation>
    </message>
    <message>
        <source>Flag as %1</source>
        <translation>Étiqueter %1</translation>
    </message>
    <message>
        <source>Show Bookmarked &amp;Only</source>
        <translation>Afficher les questions marquées &amp;seulement</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Marque-page</translation>
    </message>
    <message>
        <source>Bookmark Not Saved</source>
        <translation>Marque-page non enregistré</translation>
    </message>
    <message>
        <source>The bookmark could not be saved:
%1</source>
        <translation>Le marque-page n’a pas pu être enregistré :
%1</translation>
    </message>
    <message>
        <source>%1: bookmark removed (Ctrl+Z takes it back)</source>
        <translation>%1 : marque-page retiré (Ctrl+Z le rétablit)</translation>
    </message>
    <message>
        <source>%1: flagged %2</source>
        <translation>%1 : étiquetée %2</translation>
    </message>
    <message>
        <source>%1: bookmarked</source>
        <translation>%1 : marque-page ajouté</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::BookmarksView</name>
    <message>
        <source>Bookmarks</source>
        <translation>Marque-pages</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Marquées</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::CalendarHeatMap</name>
    <message>
        <source>Reviews per day over the last year</source>
        <translation>Révisions par jour sur la dernière année</translation>
    </message>
    <message>
        <source>%1
Reviews: %2</source>
        <translation>%1
Révisions : %2</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Save “%1” as PNG</source>
        <translation>Enregistrer « %1 » en PNG</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation>Graphique non enregistré</translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>L’image n’a pas pu être écrite dans %1.</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::ChoiceOption</name>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1. ✓ Right answer</source>
        <translation>%1. ✓ Bonne réponse</translation>
    </message>
    <message>
        <source>%1. ✗ Your pick</source>
        <translation>%1. ✗ Votre choix</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::ChoicePage</name>
    <message>
        <source>Next (Space)</source>
        <translation>Suivante (Espace)</translation>
    </message>
    <message>
        <source>Click the right answer, or press its number (1-4).</source>
        <translation>Cliquez sur la bonne réponse ou appuyez sur son numéro (1-4).</translation>
    </message>
    <message>
        <source>**Right:** answer %1.</source>
        <translation>**Juste :** réponse %1.</translation>
    </message>
    <message>
        <source>**Not this one.** Answer %1 answers “%2”; the right one is answer %3.</source>
        <translation>**Pas celle-ci.** La réponse %1 répond à « %2 » ; la bonne est la réponse %3.</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::ConceptActions</name>
    <message>
        <source>&amp;Not the Same Question</source>
        <translation>Pas la même &amp;question</translation>
    </message>
    <message>
        <source>Take this question out of its concept: it becomes a card of its own, with the schedule it had</source>
        <translation>Sortir cette question de son concept : elle devient une carte à part, avec le calendrier qu’elle avait</translation>
    </message>
    <message>
        <source>Same &amp;Question As…</source>
        <translation>&amp;Même question que…</translation>
    </message>
    <message>
        <source>Fold this question and another that asks the same into one card</source>
        <translation>Réunir cette question et une autre qui demande la même chose en une seule carte</translation>
    </message>
    <message>
        <source>Concept Not Changed</source>
        <translation>Concept inchangé</translation>
    </message>
    <message>
        <source>The question could not be split:
%1</source>
        <translation>La question n’a pas pu être séparée :
%1</translation>
    </message>
    <message>
        <source>The questions could not be folded into one:
%1</source>
        <translation>Les questions n’ont pas pu être réunies :
%1</translation>
    </message>
    <message>
        <source>Not the Same Question #%1</source>
        <translation>Pas la même question n° %1</translation>
    </message>
    <message>
        <source>#%1 is a card of its own now, with the schedule it had (Edit &gt; Undo takes it back)</source>
        <translation>#%1 est maintenant une carte à part, avec le calendrier qu’elle avait (Édition &gt; Annuler l’annule)</translation>
    </message>
    <message>
        <source>Same Question #%1 and #%2</source>
        <translation>Même question n° %1 et n° %2</translation>
    </message>
    <message>
        <source>#%1 and #%2 are one card now (Edit &gt; Undo takes it back)</source>
        <translation>#%1 et #%2 sont maintenant une seule carte (Édition &gt; Annuler l’annule)</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::ConceptJoinDialog</name>
    <message>
        <source>Same Question As</source>
        <translation>Même question que</translation>
    </message>
    <message>
        <source>Which question asks the same as “%1”? They become one card, with one schedule: the older of the two, and both histories.</source>
        <translation>Quelle question demande la même chose que « %1 » ? Elles deviennent une seule carte, avec un seul calendrier : le plus ancien des deux, et les deux historiques.</translation>
    </message>
    <message>
        <source>Search questions</source>
        <translation>Rechercher des questions</translation>
    </message>
    <message>
        <source>Same Question</source>
        <translation>Même question</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 n° %2</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>%1  %2
%3</source>
        <translation>%1  %2
%3</translation>
    </message>
    <message>
        <source>No question matches “%1”.</source>
        <translation>Aucune question ne correspond à « %1 ».</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::DiagramCardsDialog</name>
    <message>
        <source>Name the hidden component:</source>
        <translation>Nommez le composant caché :</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Diagram Cards</source>
        <translation>Cartes de diagrammes</translation>
    </message>
    <message>
        <source>The hidden component&apos;s name</source>
        <translation>Nom du composant caché</translation>
    </message>
    <message>
        <source>Type its name, or pick one below</source>
        <translation>Tapez son nom, ou choisissez-en un ci-dessous</translation>
    </message>
    <message numerus="yes">
        <source>No diagram card is due, and today&apos;s %n new one(s) are done. Come back tomorrow.</source>
        <translation>
            <numerusform>Aucune carte de diagramme n&apos;est due, et la nouvelle du jour est faite. Revenez demain.</numerusform>
            <numerusform>Aucune carte de diagramme n&apos;est due, et les %n nouvelles du jour sont faites. Revenez demain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n card(s) answered.</source>
        <translation>
            <numerusform>Terminé : %n carte répondue.</numerusform>
            <numerusform>Terminé : %n cartes répondues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card %1 of %2 · %3</source>
        <translation>Carte %1 sur %2 · %3</translation>
    </message>
    <message>
        <source>✓ Right: %1</source>
        <translation>✓ Juste : %1</translation>
    </message>
    <message>
        <source>✗ It is %1 (you said &quot;%2&quot;)</source>
        <translation>✗ C&apos;est %1 (vous avez dit « %2 »)</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Facile</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>Not kept: %1</source>
        <translation>Non conservé : %1</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::DiagramDock</name>
    <message>
        <source>Diagram</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>&amp;Diagram Panel</source>
        <translation>Panneau &amp;Diagramme</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::DiagramList</name>
    <message>
        <source>Diagrams</source>
        <translation>Diagrammes</translation>
    </message>
    <message>
        <source>Architectures</source>
        <translation>Architectures</translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation>Concepts</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::DiagramPanel</name>
    <message>
        <source>Diagram</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Zoom arrière (-)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit to view (0)</source>
        <translation>Ajuster à la vue (0)</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save the diagram as PNG or SVG</source>
        <translation>Enregistrer le diagramme en PNG ou SVG</translation>
    </message>
    <message>
        <source>No diagram for this question.
The Diagrams tab lists them all.</source>
        <translation>Pas de diagramme pour cette question.
L’onglet Diagrammes les liste tous.</translation>
    </message>
    <message>
        <source>Save Diagram</source>
        <translation>Enregistrer le diagramme</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Diagram Not Saved</source>
        <translation>Diagramme non enregistré</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::DiagramView</name>
    <message>
        <source>Diagram</source>
        <translation>Diagramme</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::EstimationDrillDialog</name>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>Problème &amp;suivant</translation>
    </message>
    <message>
        <source>Estimation Drill</source>
        <translation>Exercice d&apos;estimation</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Weakest first</source>
        <translation>Les plus faibles d&apos;abord</translation>
    </message>
    <message>
        <source>Weakest first brings the kinds of problem you got wrong lately back more often</source>
        <translation>« Les plus faibles d&apos;abord » ramène plus souvent les types de problèmes manqués récemment</translation>
    </message>
    <message>
        <source>A number and its unit: 12 TB, 3k req/s, 40 Gbps, 100 ns</source>
        <translation>Un nombre et son unité : 12 TB, 3k req/s, 40 Gbps, 100 ns</translation>
    </message>
    <message>
        <source>Your estimate</source>
        <translation>Votre estimation</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes :</translation>
    </message>
    <message>
        <source>%1 · problem %2</source>
        <translation>%1 · problème %2</translation>
    </message>
    <message>
        <source>Accepted %1.</source>
        <translation>Accepté %1.</translation>
    </message>
    <message>
        <source>Not read: %1.</source>
        <translation>Illisible : %1.</translation>
    </message>
    <message>
        <source>Worked solution:</source>
        <translation>Solution détaillée :</translation>
    </message>
    <message>
        <source>Not kept: %1</source>
        <translation>Non conservé : %1</translation>
    </message>
    <message>
        <source>Answer as in an interview: round freely, say the powers of ten.</source>
        <translation>Répondez comme en entretien : arrondissez largement, donnez les puissances de dix.</translation>
    </message>
    <message numerus="yes">
        <source>This sitting: %1 of %n right</source>
        <translation>
            <numerusform>Cette séance : %1 sur %n juste</numerusform>
            <numerusform>Cette séance : %1 sur %n justes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::ExchangeActions</name>
    <message>
        <source>&amp;Import Bank…</source>
        <translation>&amp;Importer une banque…</translation>
    </message>
    <message>
        <source>&amp;Export Notes…</source>
        <translation>&amp;Exporter les notes…</translation>
    </message>
    <message>
        <source>Export Cards for &amp;Anki…</source>
        <translation>Exporter des cartes pour &amp;Anki…</translation>
    </message>
    <message>
        <source>Import Cards from A&amp;nki…</source>
        <translation>Importer des cartes d’A&amp;nki…</translation>
    </message>
    <message>
        <source>Expor&amp;t Progress…</source>
        <translation>Exporter la &amp;progression…</translation>
    </message>
    <message>
        <source>Import P&amp;rogress…</source>
        <translation>Importer une p&amp;rogression…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Backup &amp;Folder…</source>
        <translation>&amp;Dossier de sauvegarde…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Échec de la sauvegarde : %1</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>Exporter les notes</translation>
    </message>
    <message>
        <source>notes.md</source>
        <translation>notes.md</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Notes exported to %1</source>
        <translation>Notes exportées dans %1</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Échec de l’import</translation>
    </message>
    <message>
        <source>Export Cards for Anki</source>
        <translation>Exporter des cartes pour Anki</translation>
    </message>
    <message>
        <source>system-design-cards.txt</source>
        <translation>cartes-conception-systemes.txt</translation>
    </message>
    <message>
        <source>Anki text files (*.txt)</source>
        <translation>Fichiers texte Anki (*.txt)</translation>
    </message>
    <message>
        <source>Cards written to %1; in Anki: File &gt; Import</source>
        <translation>Cartes écrites dans %1 ; dans Anki : Fichier &gt; Importer</translation>
    </message>
    <message>
        <source>Import Cards from Anki</source>
        <translation>Importer des cartes d’Anki</translation>
    </message>
    <message>
        <source>Anki text files (*.txt *.tsv);;All files (*)</source>
        <translation>Fichiers texte Anki (*.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Rien n’a été importé.

%1</translation>
    </message>
    <message>
        <source>Cards Imported</source>
        <translation>Cartes importées</translation>
    </message>
    <message>
        <source>New cards: %1
Flags brought back: %2
Already here: %3</source>
        <translation>Nouvelles cartes : %1
Étiquettes rétablies : %2
Déjà présentes : %3</translation>
    </message>
    <message>
        <source>Export Progress</source>
        <translation>Exporter la progression</translation>
    </message>
    <message>
        <source>sdstudy-progress.json</source>
        <translation>sdstudy-progression.json</translation>
    </message>
    <message>
        <source>Progress files (*.json)</source>
        <translation>Fichiers de progression (*.json)</translation>
    </message>
    <message>
        <source>Progress written to %1</source>
        <translation>Progression écrite dans %1</translation>
    </message>
    <message>
        <source>Import Progress</source>
        <translation>Importer une progression</translation>
    </message>
    <message>
        <source>Nothing was imported: the backup taken before an import failed.

%1</source>
        <translation>Rien n’a été importé : la sauvegarde faite avant l’import a échoué.

%1</translation>
    </message>
    <message>
        <source>Added: %1
Updated (newer in the file): %2
Already here or newer here: %3</source>
        <translation>Ajoutés : %1
Mis à jour (plus récents dans le fichier) : %2
Déjà ici ou plus récents ici : %3</translation>
    </message>
    <message>
        <source>Progress Imported</source>
        <translation>Progression importée</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Backups of your bookmarks and notes are kept in:
%1</source>
        <translation>Les sauvegardes de vos marque-pages et notes sont gardées dans :
%1</translation>
    </message>
    <message numerus="yes">
        <source>One is made on quit and every half hour while you make changes; the last %n, one a day for a week and one a week for a month are kept (Preferences &gt; Data).</source>
        <translation>
            <numerusform>Une sauvegarde est faite en quittant et toutes les demi-heures pendant vos modifications ; on garde la dernière, une par jour pendant une semaine et une par semaine pendant un mois (Préférences &gt; Données).</numerusform>
            <numerusform>Une sauvegarde est faite en quittant et toutes les demi-heures pendant vos modifications ; on garde les %n dernières, une par jour pendant une semaine et une par semaine pendant un mois (Préférences &gt; Données).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Changer…</translation>
    </message>
    <message>
        <source>Backups now go to %1</source>
        <translation>Les sauvegardes vont désormais dans %1</translation>
    </message>
    <message>
        <source>Import Question Bank</source>
        <translation>Importer une banque de questions</translation>
    </message>
    <message>
        <source>Questions imported: %1</source>
        <translation>Questions importées : %1</translation>
    </message>
    <message>
        <source>This bank is already imported; nothing changed.</source>
        <translation>Cette banque est déjà importée ; rien n’a changé.</translation>
    </message>
    <message>
        <source>Question banks (*.md *.markdown *.txt *.csv *.tsv *.apkg);;Markdown files (*.md *.markdown);;CSV or TSV files (*.csv *.tsv);;Anki packages (*.apkg);;All files (*)</source>
        <translation>Banques de questions (*.md *.markdown *.txt *.csv *.tsv *.apkg);;Fichiers Markdown (*.md *.markdown);;Fichiers CSV ou TSV (*.csv *.tsv);;Paquets Anki (*.apkg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Questions imported: %1, shown as %2 in the tree (repeats fold into one)</source>
        <translation>Questions importées : %1, %2 dans l&apos;arbre (les répétitions n&apos;en font qu&apos;une)</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::HelpDialog</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>System Design Study Help</source>
        <translation>Aide de System Design Study</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;Shortcuts</source>
        <translation>&amp;Raccourcis</translation>
    </message>
    <message>
        <source>## Keyboard shortcuts</source>
        <translation>## Raccourcis clavier</translation>
    </message>
    <message>
        <source>### While studying</source>
        <translation>### Pendant l’étude</translation>
    </message>
    <message>
        <source>| Show the answer | Space |
| Grade Again, Hard, Good, Easy (or pick answer 1-4) | 1, 2, 3, 4 |
| Take the last answer back | Ctrl+Z |
| Check typed recall, show the model answer in a mock | Ctrl+Enter |
| Pause the mock interview clock | Ctrl+Space |
</source>
        <translation>| Afficher la réponse | Espace |
| Noter À revoir, Difficile, Correct, Facile (ou choisir la réponse 1-4) | 1, 2, 3, 4 |
| Reprendre la dernière réponse | Ctrl+Z |
| Vérifier le rappel écrit, afficher la réponse modèle d’un entretien blanc | Ctrl+Entrée |
| Mettre en pause le chronomètre de l’entretien blanc | Ctrl+Espace |
</translation>
    </message>
    <message>
        <source>### Diagrams</source>
        <translation>### Diagrammes</translation>
    </message>
    <message>
        <source>| Zoom in, out | +, - (or the wheel) |
| Fit to the panel | 0 |
| Pan | drag |
</source>
        <translation>| Zoom avant, arrière | +, - (ou la molette) |
| Ajuster au panneau | 0 |
| Déplacer | glisser |
</translation>
    </message>
    <message>
        <source>## Welcome to System Design Study

About 780 system-design interview questions with their answers, grouped into topics, with the questions the bank asks twice in other words folded into one.

### Find and read

- **Topics** on the left; **Search** (Ctrl+F) answers while you type, over questions, answers and your notes, and finds other forms of a word (“stampedes” finds “stampede”). Alt+Down and Alt+Up walk the questions; Alt+Left and Alt+Right (or the mouse&apos;s side buttons) go back and forward through what you read.
- Filters go with words in the search box: `is:bookmarked`, `flag:hard` (or `review`, `favourite`), `has:note`, `topic:caching` (quote names with spaces: `topic:&quot;load balancing&quot;`).
- The **Diagram** panel (F9) shows the architecture or concept behind the question; click a component to open the question that explains it. The **Diagrams** tab lists them all.

### Keep what matters

- Ctrl+D bookmarks a question; Ctrl+1, Ctrl+2, Ctrl+3 flag it Hard, Review later or Favourite.
- The note under each answer is Markdown and saves itself as you type.

### Practise

- **Study Now** (F5): recall. See the question, say or think the answer, press Space, then grade yourself 1-4 (Again, Hard, Good, Easy). The scheduler (FSRS-6, as in Anki) brings each question back just before you would forget it.
- **Multiple choice** (Shift+F5): pick the right answer among four; the wrong ones are real answers to nearby questions.
- **Typed recall** (Ctrl+F5): type the key points; the app shows which key terms you had.
- **Mock interview** (Alt+F5): a design question, a clock, the stages of an interview and a scratch pad; then the model answer.
- **Start Session** (Ctrl+Shift+F5) chooses topics, bookmarks, weak or missed questions.
- **Progress** (F6) shows what you studied and what comes next.

### Take it elsewhere

- **Print** (Ctrl+P) topic sheets or save them as PDF, with answers, notes and diagrams or as a self-test.
- **File** exports cards for Anki and your progress for another computer.

Your data stays on this computer, in one file that is backed up while you work.
</source>
        <translation>## Bienvenue dans System Design Study

Environ 780 questions d’entretien sur la conception de systèmes, avec leurs réponses, groupées par thème ; les questions que la banque pose deux fois en d’autres termes n’en font qu’une.

### Trouver et lire

- Les **thèmes** à gauche ; la **recherche** (Ctrl+F) répond pendant la frappe, sur les questions, les réponses et vos notes. Elle trouve aussi les autres formes d’un mot (« stampedes » trouve « stampede »). Alt+Bas et Alt+Haut parcourent les questions ; Alt+Gauche et Alt+Droite (ou les boutons latéraux de la souris) reviennent en arrière et avancent dans ce que vous avez lu.
- Les filtres s’écrivent dans le champ de recherche : `is:bookmarked`, `flag:hard` (ou `review`, `favourite`), `has:note`, `topic:caching` (les noms avec espaces entre guillemets : `topic:&quot;load balancing&quot;`).
- Le panneau **Diagramme** (F9) montre l’architecture ou le concept derrière la question ; un clic sur un composant ouvre la question qui l’explique. L’onglet **Diagrammes** les liste tous.

### Garder l’essentiel

- Ctrl+D pose un marque-page ; Ctrl+1, Ctrl+2, Ctrl+3 étiquettent la question Difficile, À revoir plus tard ou Favori.
- La note sous chaque réponse est en Markdown et s’enregistre pendant la frappe.

### S’entraîner

- **Étudier maintenant** (F5) : rappel. Lisez la question, dites ou pensez la réponse, appuyez sur Espace, puis notez-vous de 1 à 4 (À revoir, Difficile, Correct, Facile). Le planificateur (FSRS-6, comme dans Anki) ramène chaque question juste avant que vous ne l’oubliiez.
- **Choix multiple** (Maj+F5) : choisir la bonne réponse parmi quatre ; les mauvaises sont de vraies réponses à des questions voisines.
- **Rappel écrit** (Ctrl+F5) : tapez les points clés ; l’application montre quels termes clés vous aviez.
- **Entretien blanc** (Alt+F5) : une question de conception, un chronomètre, les étapes d’un entretien et un brouillon ; puis la réponse modèle.
- **Démarrer une séance** (Ctrl+Maj+F5) choisit thèmes, marque-pages, questions faibles ou manquées.
- **Progression** (F6) montre ce que vous avez étudié et ce qui vient ensuite.

### Emporter ailleurs

- **Imprimer** (Ctrl+P) des fiches de thème ou les enregistrer en PDF, avec réponses, notes et diagrammes ou comme auto-évaluation.
- Le menu **Fichier** exporte des cartes pour Anki et votre progression pour un autre ordinateur.

Vos données restent sur cet ordinateur, dans un seul fichier sauvegardé pendant que vous travaillez.
</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::ImportBankDialog</name>
    <message>
        <source>Import Question Bank</source>
        <translation>Importer une banque de questions</translation>
    </message>
    <message>
        <source>The bank&apos;s own title, or its file&apos;s name</source>
        <translation>Le titre de la banque, ou le nom de son fichier</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV or TSV (a table)</source>
        <translation>CSV ou TSV (un tableau)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Questions to import</source>
        <translation>Questions à importer</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Parts left out</source>
        <translation>Parties ignorées</translation>
    </message>
    <message>
        <source>Answer as it will be imported</source>
        <translation>Réponse telle qu&apos;elle sera importée</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Headings</source>
        <translation>Titres</translation>
    </message>
    <message>
        <source>Labels: **Question:** or **Q:**</source>
        <translation>Étiquettes : **Question:** ou **Q:**</translation>
    </message>
    <message>
        <source>&lt;details&gt; blocks: the summary is the question</source>
        <translation>Blocs &lt;details&gt; : le résumé est la question</translation>
    </message>
    <message>
        <source>Bold lines: **Question?** or 1. **Question?**</source>
        <translation>Lignes en gras : **Question ?** ou 1. **Question ?**</translation>
    </message>
    <message>
        <source>Level %1 (%2)</source>
        <translation>Niveau %1 (%2)</translation>
    </message>
    <message>
        <source>Heading level</source>
        <translation>Niveau de titre</translation>
    </message>
    <message>
        <source>&amp;Every heading, also those that do not ask</source>
        <translation>&amp;Tous les titres, même ceux qui ne demandent rien</translation>
    </message>
    <message>
        <source>&amp;Questions are:</source>
        <translation>Les &amp;questions sont :</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>Q&amp;uestion:</source>
        <translation>Q&amp;uestion :</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Réponse :</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>T&amp;hème :</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes :</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 &gt; %2</source>
        <translation>%1 &gt; %2</translation>
    </message>
    <message>
        <source>Nothing to import: %1</source>
        <translation>Rien à importer : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n without an answer, skipped</source>
        <translation>
            <numerusform>, %n sans réponse, ignorée</numerusform>
            <numerusform>, %n sans réponse, ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n part(s) that are not questions left out</source>
        <translation>
            <numerusform>, %n partie qui n&apos;est pas une question ignorée</numerusform>
            <numerusform>, %n parties qui ne sont pas des questions ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could be read in more than one way: check the questions below, and choose how they are marked if they are wrong.</source>
        <translation>Le fichier peut se lire de plusieurs façons : vérifiez les questions ci-dessous et choisissez comment elles sont marquées si elles sont fausses.</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Échec de l’import</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Rien n’a été importé.

%1</translation>
    </message>
    <message>
        <source>First row names the &amp;columns</source>
        <translation>La première ligne nomme les &amp;colonnes</translation>
    </message>
    <message>
        <source>Questions (%1)</source>
        <translation>Questions (%1)</translation>
    </message>
    <message>
        <source>Left Out (%1)</source>
        <translation>Ignoré (%1)</translation>
    </message>
    <message>
        <source>Anki package (.apkg)</source>
        <translation>Paquet Anki (.apkg)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::InterviewDatesDialog</name>
    <message>
        <source>Interview Dates</source>
        <translation>Dates d&apos;entretien</translation>
    </message>
    <message>
        <source>Until the soonest day ahead, Study Now starts the topics that matter first, fast enough to review each a few times before the day, and brings back what you would forget by then. Progress shows how ready you will be.</source>
        <translation>Jusqu&apos;au prochain jour prévu, Étudier maintenant commence d&apos;abord les thèmes qui comptent, assez vite pour revoir chacun quelques fois avant le jour, et ramène ce que vous oublieriez d&apos;ici là. Progression montre à quel point vous serez prêt.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Cards whose predicted recall on the day falls below this come back before it.</source>
        <translation>Les cartes dont le rappel prévu ce jour-là est en dessous reviennent avant.</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>Recall wanted on the da&amp;y:</source>
        <translation>&amp;Rappel voulu ce jour-là :</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>The interview dates were not saved: %1</source>
        <translation>Les dates d&apos;entretien n&apos;ont pas été enregistrées : %1</translation>
    </message>
    <message>
        <source>&amp;Topics that matter
(none ticked: every topic):</source>
        <translation>&amp;Thèmes qui comptent
(aucun coché : tous les thèmes) :</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::MainWindow</name>
    <message>
        <source>System Design Study</source>
        <translation>System Design Study</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Échec de la sauvegarde : %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Print Topic Sheet…</source>
        <translation>Imprimer une &amp;fiche de thème…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Save Note</source>
        <translation>&amp;Enregistrer la note</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>&amp;Supprimer la note</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Marque-pages</translation>
    </message>
    <message>
        <source>&amp;Study</source>
        <translation>É&amp;tude</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Étudier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Next Question</source>
        <translation>Question &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Question</source>
        <translation>Question &amp;précédente</translation>
    </message>
    <message>
        <source>Back to &amp;Topics</source>
        <translation>Retour aux &amp;thèmes</translation>
    </message>
    <message>
        <source>&amp;Write Note</source>
        <translation>Écrire une &amp;note</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Show &amp;Every Phrasing</source>
        <translation>Afficher &amp;chaque formulation</translation>
    </message>
    <message>
        <source>List paraphrased repeats of a question separately instead of once per concept</source>
        <translation>Lister à part les reformulations d’une question au lieu d’une fois par concept</translation>
    </message>
    <message>
        <source>Note &amp;Preview</source>
        <translation>&amp;Aperçu de la note</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About System Design Study</source>
        <translation>&amp;À propos de System Design Study</translation>
    </message>
    <message>
        <source>Study “%1”…</source>
        <translation>Étudier « %1 »…</translation>
    </message>
    <message>
        <source>Print “%1”…</source>
        <translation>Imprimer « %1 »…</translation>
    </message>
    <message>
        <source>Note Not Saved</source>
        <translation>Note non enregistrée</translation>
    </message>
    <message>
        <source>The note could not be changed:
%1</source>
        <translation>La note n’a pas pu être modifiée :
%1</translation>
    </message>
    <message>
        <source>Choose a question on the left.</source>
        <translation>Choisissez une question à gauche.</translation>
    </message>
    <message>
        <source>Your note could not be saved:
%1

If you quit now, the text you typed since the last save is lost.</source>
        <translation>Votre note n’a pas pu être enregistrée :
%1

Si vous quittez maintenant, le texte tapé depuis le dernier enregistrement sera perdu.</translation>
    </message>
    <message>
        <source>Showing #%1, the question this diagram explains (Back, %2, returns)</source>
        <translation>Question n° %1 affichée, celle qu’explique ce diagramme (Précédent, %2, pour revenir)</translation>
    </message>
    <message>
        <source>Studying: the answers are out of sight until the session ends.</source>
        <translation>Étude en cours : les réponses restent cachées jusqu’à la fin de la séance.</translation>
    </message>
    <message>
        <source>This question&apos;s bank was removed. Edit &gt; Undo brings it back.</source>
        <translation>La banque de cette question a été retirée. Édition &gt; Annuler la ramène.</translation>
    </message>
    <message>
        <source>The scheduler now uses parameters fitted to your answers (see Preferences).</source>
        <translation>Le planificateur utilise maintenant des paramètres ajustés à vos réponses (voir Préférences).</translation>
    </message>
    <message>
        <source>Sketch this question&apos;s architecture on a whiteboard and compare it with the reference (Ctrl+Shift+W)</source>
        <translation>Esquisser l&apos;architecture de cette question au tableau blanc et la comparer à la référence (Ctrl+Maj+W)</translation>
    </message>
    <message>
        <source>W&amp;hiteboard…</source>
        <translation>Tableau &amp;blanc…</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::MockInterviewPanel</name>
    <message>
        <source>Show the Model Answer (Ctrl+Enter)</source>
        <translation>Afficher la réponse modèle (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume the clock (Ctrl+Space)</source>
        <translation>Mettre en pause ou relancer le chronomètre (Ctrl+Espace)</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Interview stages</source>
        <translation>Étapes de l’entretien</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 de dépassement</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Facile</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>&amp;Add to My Note</source>
        <translation>&amp;Ajouter à ma note</translation>
    </message>
    <message>
        <source>Open an earlier attempt at this question</source>
        <translation>Ouvrir une tentative précédente sur cette question</translation>
    </message>
    <message>
        <source>Scratch pad</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Requirements, numbers, components, trade-offs… as you would say them. After the answer shows, add what you missed.</source>
        <translation>Exigences, chiffres, composants, compromis… comme vous les diriez. Une fois la réponse affichée, ajoutez ce qui vous a manqué.</translation>
    </message>
    <message>
        <source>Append this attempt&apos;s scratch pad to your note on the question, with a heading and the date</source>
        <translation>Ajouter le brouillon de cette tentative à votre note sur la question, avec un titre et la date</translation>
    </message>
    <message>
        <source>Not kept: %1</source>
        <translation>Non conservé : %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>### Mock interview, %1</source>
        <translation>### Entretien blanc, %1</translation>
    </message>
    <message>
        <source>Not added to your note: %1</source>
        <translation>Non ajouté à votre note : %1</translation>
    </message>
    <message>
        <source>Added to your note</source>
        <translation>Ajouté à votre note</translation>
    </message>
    <message>
        <source>Earlier Attempts (%1)</source>
        <translation>Tentatives précédentes (%1)</translation>
    </message>
    <message>
        <source>%1 · %2 min · %3</source>
        <translation>%1 · %2 min · %3</translation>
    </message>
    <message>
        <source>Attempt of %1</source>
        <translation>Tentative du %1</translation>
    </message>
    <message>
        <source>- Time: **%1 of %2 min**</source>
        <translation>- Temps : **%1 sur %2 min**</translation>
    </message>
    <message>
        <source>- Stages covered: **%1 of %2**</source>
        <translation>- Étapes couvertes : **%1 sur %2**</translation>
    </message>
    <message>
        <source>- Graded: **%1**</source>
        <translation>- Note : **%1**</translation>
    </message>
    <message>
        <source>*Nothing was written on the pad.*</source>
        <translation>*Rien n’a été écrit sur le brouillon.*</translation>
    </message>
    <message>
        <source>Earlier Attempt</source>
        <translation>Tentative précédente</translation>
    </message>
    <message>
        <source>Scratch &amp;Pad</source>
        <translation>&amp;Brouillon</translation>
    </message>
    <message>
        <source>&amp;Whiteboard</source>
        <translation>&amp;Tableau blanc</translation>
    </message>
    <message>
        <source>the interview on that question is over</source>
        <translation>l&apos;entretien sur cette question est terminé</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::MockPage</name>
    <message>
        <source>*Stages covered: %1 of %2.* Compare your scratch pad with the model answer and add what you missed to it, then grade yourself.</source>
        <translation>*Étapes couvertes : %1 sur %2.* Comparez votre brouillon avec la réponse modèle, ajoutez-y ce qui vous a manqué, puis notez-vous.</translation>
    </message>
    <message>
        <source>*Your sketch has %1 of the reference&apos;s %2 components and %3 of its %4 connections: coverage %5%.* The list under the whiteboard shows what you missed; the grade it suggests is preselected.</source>
        <translation>*Votre croquis contient %1 des %2 composants et %3 des %4 liaisons de la référence : couverture %5 %.* La liste sous le tableau blanc montre ce qui manque ; la note suggérée est présélectionnée.</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::NavigatorPane</name>
    <message>
        <source>Search, e.g. cache flag:hard (Ctrl+F)</source>
        <translation>Rechercher, p. ex. cache flag:hard (Ctrl+F)</translation>
    </message>
    <message>
        <source>Words search titles, answers and your notes.
Filters: is:bookmarked, flag:hard, flag:review, flag:favourite, has:note, topic:caching</source>
        <translation>Les mots cherchent dans les titres, les réponses et vos notes.
Filtres : is:bookmarked, flag:hard, flag:review, flag:favourite, has:note, topic:caching</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Marque-pages</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>Diagrammes</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <source>Questions: %1</source>
        <translation>Questions : %1</translation>
    </message>
    <message>
        <source>Concepts: %1 (paraphrased repeats folded)</source>
        <translation>Concepts : %1 (reformulations regroupées)</translation>
    </message>
    <message>
        <source>No questions match “%1”</source>
        <translation>Aucune question pour « %1 »</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>Résultats : %1</translation>
    </message>
    <message>
        <source>No bookmarked questions yet.

Bookmark the question on show with Bookmarks &gt; Bookmark, or show every question again with Bookmarks &gt; Show Bookmarked Only.</source>
        <translation>Aucune question marquée pour l’instant.

Marquez la question affichée avec Marque-pages &gt; Marquer, ou affichez de nouveau toutes les questions avec Marque-pages &gt; Afficher les questions marquées seulement.</translation>
    </message>
    <message>
        <source>No bookmarks yet.

Bookmark the question on show with Bookmarks &gt; Bookmark, or flag it as hard, to review or a favourite.</source>
        <translation>Aucun marque-page pour l’instant.

Marquez la question affichée avec Marque-pages &gt; Marquer, ou étiquetez-la difficile, à revoir plus tard ou favorite.</translation>
    </message>
    <message>
        <source>No notes yet.

Write one under any question&apos;s answer; it is kept as you type.</source>
        <translation>Aucune note pour l’instant.

Écrivez-en une sous la réponse d’une question ; elle est gardée à mesure que vous tapez.</translation>
    </message>
    <message>
        <source>No bookmarked questions match “%1”.

Search every question by turning off Bookmarks &gt; Show Bookmarked Only.</source>
        <translation>Aucune question marquée pour « %1 ».

Cherchez dans toutes les questions en désactivant Marque-pages &gt; Afficher les questions marquées seulement.</translation>
    </message>
    <message>
        <source>Search bookmarked questions (Ctrl+F)</source>
        <translation>Rechercher dans les questions marquées (Ctrl+F)</translation>
    </message>
    <message>
        <source>Bookmarked matches: %1</source>
        <translation>Résultats marqués : %1</translation>
    </message>
    <message>
        <source>No bookmarked questions match “%1”</source>
        <translation>Aucune question marquée pour « %1 »</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::NoteEditor</name>
    <message>
        <source>the picture is too large to keep in a note, even as JPEG</source>
        <translation>l’image est trop grande pour une note, même en JPEG</translation>
    </message>
    <message>
        <source>Pasted picture</source>
        <translation>Image collée</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG picture</source>
        <translation>%1 n’est pas une image PNG ou JPEG</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::NotesListView</name>
    <message>
        <source>All notes</source>
        <translation>Toutes les notes</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::NotesPane</name>
    <message>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Ma note</translation>
    </message>
    <message>
        <source>Your note on this question, in Markdown: what you got wrong, a mnemonic, a code sketch in ``` fences…</source>
        <translation>Votre note sur cette question, en Markdown : ce que vous avez raté, un moyen mnémotechnique, une esquisse de code entre ```…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Picture not added: %1</source>
        <translation>Image non ajoutée : %1</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Aperçu de la note</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistrée</translation>
    </message>
    <message>
        <source>Not saved yet: Ctrl+S saves, and so does leaving this question</source>
        <translation>Pas encore enregistrée : Ctrl+S enregistre, tout comme quitter cette question</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>Note supprimée</translation>
    </message>
    <message>
        <source>Not saved: %1. Your text stays here and is saved as soon as possible.</source>
        <translation>Non enregistrée : %1. Votre texte reste ici et sera enregistré dès que possible.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistrée %1</translation>
    </message>
    <message>
        <source>Add a Note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <source>Write a note on this question (Ctrl+Shift+N)</source>
        <translation>Écrire une note sur cette question (Ctrl+Maj+N)</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;Study</source>
        <translation>&amp;Étude</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Données</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Comme le bureau</translation>
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
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs :</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language shows the next time the app starts.</source>
        <translation>Une nouvelle langue s’affiche au prochain démarrage de l’application.</translation>
    </message>
    <message>
        <source>&amp;New questions per day:</source>
        <translation>&amp;Nouvelles questions par jour :</translation>
    </message>
    <message>
        <source>The chance of remembering a question when it comes back. Higher means more reviews; 0.90 suits most people.</source>
        <translation>La probabilité de se souvenir d’une question quand elle revient. Plus haut signifie plus de révisions ; 0,90 convient à la plupart.</translation>
    </message>
    <message>
        <source>Desired &amp;retention:</source>
        <translation>&amp;Rétention souhaitée :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>No question waits longer than this, however well you know it. Set it to the days left before your interview.</source>
        <translation>Aucune question n’attend plus longtemps, même bien sue. Réglez-le sur les jours qui restent avant votre entretien.</translation>
    </message>
    <message>
        <source>&amp;Maximum interval:</source>
        <translation>Intervalle &amp;maximal :</translation>
    </message>
    <message>
        <source>Spread intervals a little, so questions learnt &amp;together do not stay together</source>
        <translation>Disperser un peu les &amp;intervalles, pour que les questions apprises ensemble ne restent pas ensemble</translation>
    </message>
    <message>
        <source>Questions in a &amp;chosen session:</source>
        <translation>Questions d’une séance &amp;choisie :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Mock &amp;interview time:</source>
        <translation>Durée de l’&amp;entretien blanc :</translation>
    </message>
    <message>
        <source>Save &amp;notes as I type (otherwise on Ctrl+S and when leaving the question)</source>
        <translation>Enregistrer les &amp;notes pendant la frappe (sinon avec Ctrl+S et en quittant la question)</translation>
    </message>
    <message>
        <source>Empty: the folder shown, beside the study database.</source>
        <translation>Vide : le dossier affiché, à côté de la base d’étude.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Dossier de &amp;sauvegarde :</translation>
    </message>
    <message>
        <source>Besides these, one backup a day is kept for a week and one a week for a month.</source>
        <translation>En plus, une sauvegarde par jour est gardée une semaine et une par semaine un mois.</translation>
    </message>
    <message>
        <source>Newest backups &amp;kept:</source>
        <translation>Sauvegardes &amp;récentes gardées :</translation>
    </message>
    <message>
        <source>A backup is made on quit and every half hour while you make changes.</source>
        <translation>Une sauvegarde est faite en quittant et toutes les demi-heures pendant vos modifications.</translation>
    </message>
    <message>
        <source>Sc&amp;heduler</source>
        <translation>Plani&amp;ficateur</translation>
    </message>
    <message>
        <source>The choice of parameters was not kept: %1</source>
        <translation>Le choix des paramètres n&apos;a pas été gardé : %1</translation>
    </message>
    <message>
        <source>Help Me Choos&amp;e…</source>
        <translation>Aide&amp;z-moi à choisir…</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::PrintSheetDialog</name>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Thèmes :</translation>
    </message>
    <message>
        <source>&amp;Bookmarked:</source>
        <translation>&amp;Marquées :</translation>
    </message>
    <message>
        <source>The current &amp;search results</source>
        <translation>Les résultats de &amp;recherche actuels</translation>
    </message>
    <message>
        <source>The questions I &amp;missed in my last study session</source>
        <translation>Les questions man&amp;quées lors de ma dernière séance</translation>
    </message>
    <message>
        <source>With &amp;answers (otherwise a self-test sheet with room to write)</source>
        <translation>Avec les rép&amp;onses (sinon une fiche d’auto-évaluation avec de la place pour écrire)</translation>
    </message>
    <message>
        <source>With my &amp;notes</source>
        <translation>Avec mes &amp;notes</translation>
    </message>
    <message>
        <source>With &amp;diagrams</source>
        <translation>Avec les &amp;diagrammes</translation>
    </message>
    <message>
        <source>Print Topic Sheet</source>
        <translation>Imprimer une fiche de thème</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All bookmarks</source>
        <translation>Tous les marque-pages</translation>
    </message>
    <message>
        <source>The current &amp;search results: “%1”</source>
        <translation>Les résultats de &amp;recherche actuels : « %1 »</translation>
    </message>
    <message>
        <source>One column</source>
        <translation>Une colonne</translation>
    </message>
    <message>
        <source>Two columns</source>
        <translation>Deux colonnes</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Quoi imprimer</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>Mise en pa&amp;ge :</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>Pa&amp;pier :</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>Tai&amp;lle de police :</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Aperç&amp;u…</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>Enregistrer en PD&amp;F…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Nothing to Print</source>
        <translation>Rien à imprimer</translation>
    </message>
    <message>
        <source>No questions match what you chose.</source>
        <translation>Aucune question ne correspond à votre choix.</translation>
    </message>
    <message>
        <source>Save Sheet as PDF</source>
        <translation>Enregistrer la fiche en PDF</translation>
    </message>
    <message>
        <source>topic-sheet.pdf</source>
        <translation>fiche-theme.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>System Design Study</source>
        <translation>System Design Study</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::ProgressDashboard</name>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Days shown</source>
        <translation>Jours affichés</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>%1 derniers jours</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>reviewed today</source>
        <translation>révisées aujourd’hui</translation>
    </message>
    <message>
        <source>new today</source>
        <translation>nouvelles aujourd’hui</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>à revoir maintenant</translation>
    </message>
    <message>
        <source>due by tonight</source>
        <translation>à revoir d’ici ce soir</translation>
    </message>
    <message>
        <source>studied today</source>
        <translation>étudié aujourd’hui</translation>
    </message>
    <message>
        <source>day streak</source>
        <translation>jours d’affilée</translation>
    </message>
    <message>
        <source>remembered (30 days)</source>
        <translation>retenues (30 jours)</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Facile</translation>
    </message>
    <message>
        <source>%1
%2: %3 of %4</source>
        <translation>%1
%2 : %3 sur %4</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>Reviews per day</source>
        <translation>Révisions par jour</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Time spent per day</source>
        <translation>Temps passé par jour</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À revoir</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n due</source>
        <translation>
            <numerusform>%1 : %n à revoir</numerusform>
            <numerusform>%1 : %n à revoir</numerusform>
        </translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation>À revoir dans les 30 prochains jours</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>En apprentissage</translation>
    </message>
    <message>
        <source>Young</source>
        <translation>Jeunes</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>Mûres</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>Mastery per topic (concepts)</source>
        <translation>Maîtrise par thème (concepts)</translation>
    </message>
    <message>
        <source>Remembered</source>
        <translation>Retenues</translation>
    </message>
    <message>
        <source>Remembered per topic (30 days)</source>
        <translation>Retenues par thème (30 jours)</translation>
    </message>
    <message>
        <source>The last year</source>
        <translation>La dernière année</translation>
    </message>
    <message>
        <source>answers remembered (30 days)</source>
        <translation>réponses retenues (30 jours)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>No answers in these %n days yet. Each day you study adds a bar, coloured by your grades.</source>
        <translation>
            <numerusform>Aucune réponse sur ce %n jour pour l’instant. Chaque jour d’étude ajoute une barre, colorée selon vos notes.</numerusform>
            <numerusform>Aucune réponse sur ces %n jours pour l’instant. Chaque jour d’étude ajoute une barre, colorée selon vos notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No study time in these %n days yet.</source>
        <translation>
            <numerusform>Pas encore de temps d’étude sur ce %n jour.</numerusform>
            <numerusform>Pas encore de temps d’étude sur ces %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing comes due in the next 30 days. The questions you study are scheduled here.</source>
        <translation>Rien n’est dû dans les 30 prochains jours. Les questions que vous étudiez sont planifiées ici.</translation>
    </message>
    <message>
        <source>Every concept is still new. As you study, the bars fill from new to learning, young and mature (back in three weeks or more).</source>
        <translation>Chaque concept est encore nouveau. En étudiant, les barres passent de nouveau à en apprentissage, jeune et mûr (de retour dans trois semaines ou plus).</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 of %n review(s) remembered</source>
        <translation>
            <numerusform>%1
%2 sur %n révision retenue</numerusform>
            <numerusform>%1
%2 sur %n révisions retenues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 of %n answer(s) not Again</source>
        <translation>
            <numerusform>%1
%2 sur %n réponse autre que « À revoir »</numerusform>
            <numerusform>%1
%2 sur %n réponses autres que « À revoir »</numerusform>
        </translation>
    </message>
    <message>
        <source>A topic shows here once you have answered its questions in the last 30 days.</source>
        <translation>Un thème apparaît ici dès que vous avez répondu à ses questions dans les 30 derniers jours.</translation>
    </message>
    <message>
        <source>So far from your answers while learning. Once questions come back for review, a day or more later, this shows how much you remember over time.</source>
        <translation>Pour l’instant d’après vos réponses en apprentissage. Quand les questions reviendront en révision, un jour ou plus tard, ceci montrera ce que vous retenez dans la durée.</translation>
    </message>
    <message>
        <source>Each day you study fills a square, darker the more you answer.</source>
        <translation>Chaque jour d’étude remplit une case, d’autant plus foncée que vous répondez.</translation>
    </message>
    <message>
        <source>Predicted recall on the day</source>
        <translation>Rappel prévu le jour même</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 of %n concept(s) seen by the day</source>
        <translation>
            <numerusform>%1
%2 sur %n concept vus d&apos;ici le jour</numerusform>
            <numerusform>%1
%2 sur %n concepts vus d&apos;ici le jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready for %1? (in %n day(s))</source>
        <translation>
            <numerusform>Prêt pour le %1 ? (dans %n jour)</numerusform>
            <numerusform>Prêt pour le %1 ? (dans %n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Following Study Now, predicted recall on the day: %1% of the %n concept(s) that matter (%2 never seen yet).</source>
        <translation>
            <numerusform>En suivant Étudier maintenant, rappel prévu le jour même : %1 % du %n concept qui compte (%2 jamais vus).</numerusform>
            <numerusform>En suivant Étudier maintenant, rappel prévu le jour même : %1 % des %n concepts qui comptent (%2 jamais vus).</numerusform>
        </translation>
    </message>
    <message>
        <source>Your %1 new a day start every one a week before the day: about %2 minutes a day.</source>
        <translation>Vos %1 nouveaux par jour les commencent tous une semaine avant le jour : environ %2 minutes par jour.</translation>
    </message>
    <message>
        <source>At your %1 new a day you would reach only %2 of %3 by then.</source>
        <translation>À vos %1 nouveaux par jour, vous n&apos;atteindriez que %2 sur %3 d&apos;ici là.</translation>
    </message>
    <message>
        <source>Study Now starts %1 new a day instead of your %2, so that every one starts a week before the day and comes back a few times: about %3 minutes a day instead of %4.</source>
        <translation>Étudier maintenant en commence %1 nouveaux par jour au lieu de vos %2, pour que chacun commence une semaine avant le jour et revienne quelques fois : environ %3 minutes par jour au lieu de %4.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n answer(s) right</source>
        <translation>
            <numerusform>%1 sur %n réponse juste</numerusform>
            <numerusform>%1 sur %n réponses justes</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimation drills: right per kind of problem</source>
        <translation>Exercices d&apos;estimation : justes par type de problème</translation>
    </message>
    <message>
        <source>Your answers to Study &gt; Estimation Drill show here, per kind of problem.</source>
        <translation>Vos réponses à Étudier &gt; Exercice d&apos;estimation s&apos;affichent ici, par type de problème.</translation>
    </message>
    <message>
        <source>diagram cards</source>
        <translation>cartes de diagrammes</translation>
    </message>
    <message>
        <source>%1 · %2 due</source>
        <translation>%1 · %2 dues</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::QuestionHistory</name>
    <message>
        <source>&amp;Back</source>
        <translation>Pré&amp;cédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>Sui&amp;vant</translation>
    </message>
    <message>
        <source>Back to the question read before</source>
        <translation>Revenir à la question lue avant</translation>
    </message>
    <message>
        <source>Forward to the question read next</source>
        <translation>Aller à la question lue ensuite</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::QuestionView</name>
    <message>
        <source>Also asked as %1</source>
        <translation>Aussi posée comme %1</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Marquées</translation>
    </message>
    <message>
        <source>Bookmarked as %1. Click to change.</source>
        <translation>Marquée : %1. Cliquez pour changer.</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 n° %2</translation>
    </message>
    <message>
        <source>Not the same question?</source>
        <translation>Pas la même question ?</translation>
    </message>
    <message>
        <source>Related:</source>
        <translation>Voir aussi :</translation>
    </message>
    <message>
        <source>Same question as another…</source>
        <translation>Même question qu’une autre…</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::RecallPage</name>
    <message>
        <source>Show Answer (Space)</source>
        <translation>Afficher la réponse (Espace)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 an</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Ma note</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Facile</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>## Nothing to study here now

Due questions and today&apos;s new ones are done, or the scope you chose is empty. Come back later, choose another scope, or raise the number of new questions per day in Preferences.</source>
        <translation>## Rien à étudier ici pour l’instant

Les questions à revoir et les nouvelles du jour sont faites, ou le périmètre choisi est vide. Revenez plus tard, choisissez un autre périmètre ou augmentez le nombre de nouvelles questions par jour dans les Préférences.</translation>
    </message>
    <message>
        <source>## Session done

</source>
        <translation>## Séance terminée

</translation>
    </message>
    <message>
        <source>- Answered: **%1**</source>
        <translation>- Répondues : **%1**</translation>
    </message>
    <message>
        <source>- Time: **%1 min**</source>
        <translation>- Temps : **%1 min**</translation>
    </message>
    <message>
        <source>### Missed</source>
        <translation>### Manquées</translation>
    </message>
    <message numerus="yes">
        <source>Practise the %n Missed Again</source>
        <translation>
            <numerusform>Revoir la question manquée</numerusform>
            <numerusform>Revoir les %n manquées</numerusform>
        </translation>
    </message>
    <message>
        <source>- Right: %1</source>
        <translation>- Justes : %1</translation>
    </message>
    <message>
        <source>- Remembered: %1</source>
        <translation>- Retenues : %1</translation>
    </message>
    <message>
        <source>- Next review: **in %1** (%2)</source>
        <translation>- Prochaine révision : **dans %1** (%2)</translation>
    </message>
    <message>
        <source>- Nothing is scheduled yet.</source>
        <translation>- Rien n’est encore planifié.</translation>
    </message>
    <message>
        <source>**%1%** (%2 of %3)</source>
        <translation>**%1 %** (%2 sur %3)</translation>
    </message>
    <message numerus="yes">
        <source>## Session ended

Nothing was answered, so nothing was scheduled. The %n question(s) of this session wait for the next one.</source>
        <translation>
            <numerusform>## Séance terminée

Aucune réponse n’a été donnée, donc rien n’a été planifié. La question de cette séance attend la prochaine.</numerusform>
            <numerusform>## Séance terminée

Aucune réponse n’a été donnée, donc rien n’a été planifié. Les %n questions de cette séance attendent la prochaine.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::RetentionAdvisor</name>
    <message>
        <source>Choose a Desired Retention</source>
        <translation>Choisir une rétention souhaitée</translation>
    </message>
    <message>
        <source>Simulating a year of study at each retention…</source>
        <translation>Simulation d&apos;une année d&apos;étude pour chaque rétention…</translation>
    </message>
    <message>
        <source>Use It</source>
        <translation>L&apos;utiliser</translation>
    </message>
    <message>
        <source>Minutes a day</source>
        <translation>Minutes par jour</translation>
    </message>
    <message>
        <source>Remembered after a year</source>
        <translation>Retenus après un an</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Votre choix</translation>
    </message>
    <message>
        <source>Desired retention</source>
        <translation>Rétention souhaitée</translation>
    </message>
    <message>
        <source>Remembered</source>
        <translation>Retenues</translation>
    </message>
    <message>
        <source>Use %1%</source>
        <translation>Utiliser %1 %</translation>
    </message>
    <message>
        <source>&amp;Least Work</source>
        <translation>&amp;Moins de travail</translation>
    </message>
    <message>
        <source>&amp;Least Work: %1%</source>
        <translation>&amp;Moins de travail : %1 %</translation>
    </message>
    <message>
        <source>At %1%: about %2 minutes a day over the next year, and %3 of %4 concepts remembered at its end.</source>
        <translation>À %1 % : environ %2 minutes par jour sur l&apos;année qui vient, et %3 des %4 concepts retenus à la fin.</translation>
    </message>
    <message>
        <source>That is your setting now.</source>
        <translation>C&apos;est votre réglage actuel.</translation>
    </message>
    <message>
        <source>%1% asks the least work per concept remembered (%2 minutes a day, %3 remembered); higher retention costs more minutes for each concept it keeps.</source>
        <translation>%1 % demande le moins de travail par concept retenu (%2 minutes par jour, %3 retenus) ; une rétention plus haute coûte plus de minutes pour chaque concept gardé.</translation>
    </message>
    <message>
        <source>Click the chart to pick another retention.</source>
        <translation>Cliquez sur le graphique pour choisir une autre rétention.</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::SchedulerFitter</name>
    <message>
        <source>The fit was stopped.</source>
        <translation>L&apos;ajustement a été arrêté.</translation>
    </message>
    <message>
        <source>Too few answers a day or more apart to score a new fit; the last one is kept.</source>
        <translation>Trop peu de réponses espacées d&apos;un jour ou plus pour évaluer un nouvel ajustement ; le dernier est gardé.</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::SchedulerPage</name>
    <message>
        <source>&amp;Use FSRS-6&apos;s default parameters, not ones fitted to my answers</source>
        <translation>&amp;Utiliser les paramètres par défaut de FSRS-6, pas ceux ajustés à mes réponses</translation>
    </message>
    <message>
        <source>Fitting runs by itself in the background from %1 answers on, then after every %2 new answers or once a week. Fitted parameters are used only when they predict answers they were not fitted on better than the defaults.</source>
        <translation>L&apos;ajustement se fait seul en arrière-plan à partir de %1 réponses, puis toutes les %2 nouvelles réponses ou une fois par semaine. Les paramètres ajustés ne sont utilisés que s&apos;ils prédisent mieux que les valeurs par défaut des réponses non utilisées pour l&apos;ajustement.</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>&amp;Optimize Now</source>
        <translation>&amp;Optimiser maintenant</translation>
    </message>
    <message numerus="yes">
        <source>In use: parameters fitted to your %Ln answer(s) on %1.</source>
        <translation>
            <numerusform>Utilisés : paramètres ajustés à votre %Ln réponse le %1.</numerusform>
            <numerusform>Utilisés : paramètres ajustés à vos %Ln réponses le %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>In use: FSRS-6&apos;s default parameters, as you chose.</source>
        <translation>Utilisés : les paramètres par défaut de FSRS-6, comme vous l&apos;avez choisi.</translation>
    </message>
    <message>
        <source>In use: FSRS-6&apos;s default parameters. Fitting to your own answers starts at %1 answers; you have %2.</source>
        <translation>Utilisés : les paramètres par défaut de FSRS-6. L&apos;ajustement à vos propres réponses commence à %1 réponses ; vous en avez %2.</translation>
    </message>
    <message numerus="yes">
        <source>Scored on %Ln later answer(s) that no fit had seen (lower is better):
log loss: fitted %1, defaults %2
RMSE over bins: fitted %3, defaults %4</source>
        <translation>
            <numerusform>Évalué sur %Ln réponse ultérieure qu&apos;aucun ajustement n&apos;avait vue (plus bas est mieux) :
log loss : ajusté %1, par défaut %2
RMSE par classes : ajusté %3, par défaut %4</numerusform>
            <numerusform>Évalué sur %Ln réponses ultérieures qu&apos;aucun ajustement n&apos;avait vues (plus bas est mieux) :
log loss : ajusté %1, par défaut %2
RMSE par classes : ajusté %3, par défaut %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few answers a day or more apart to score a fit yet.</source>
        <translation>Encore trop peu de réponses espacées d&apos;un jour ou plus pour évaluer un ajustement.</translation>
    </message>
    <message>
        <source>Last fit:</source>
        <translation>Dernier ajustement :</translation>
    </message>
    <message>
        <source>Defaults:</source>
        <translation>Valeurs par défaut :</translation>
    </message>
    <message>
        <source>Log loss: how surprised the model was by your answers, on average. RMSE over bins: how far predicted recall was from the recall you showed, in groups of similar reviews.</source>
        <translation>Log loss : à quel point vos réponses ont surpris le modèle, en moyenne. RMSE par classes : l&apos;écart entre le rappel prévu et celui que vous avez montré, par groupes de révisions semblables.</translation>
    </message>
    <message>
        <source>FSRS-6&apos;s 21 parameters: w0-w3 the stability after a first answer of Again, Hard, Good or Easy, w4-w7 difficulty, w8-w16 how stability grows or falls, w17-w19 same-day reviews, w20 how fast recall decays.</source>
        <translation>Les 21 paramètres de FSRS-6 : w0-w3 la stabilité après une première réponse À revoir, Difficile, Correct ou Facile, w4-w7 la difficulté, w8-w16 comment la stabilité croît ou décroît, w17-w19 les révisions du même jour, w20 la vitesse de l&apos;oubli.</translation>
    </message>
    <message>
        <source>In use: FSRS-6&apos;s default parameters. The fit of %1 had too few answers a day or more apart to be scored.</source>
        <translation>Utilisés : les paramètres par défaut de FSRS-6. L&apos;ajustement du %1 avait trop peu de réponses espacées d&apos;un jour ou plus pour être évalué.</translation>
    </message>
    <message>
        <source>In use: FSRS-6&apos;s default parameters. The fit of %1 did not predict your answers better than the defaults do.</source>
        <translation>Utilisés : les paramètres par défaut de FSRS-6. L&apos;ajustement du %1 ne prédisait pas mieux vos réponses que les valeurs par défaut.</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::SearchResultsModel</name>
    <message>
        <source>#%1 · %2
%3</source>
        <translation>#%1 · %2
%3</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>%1 · #%2 · %3</source>
        <translation>%1 · #%2 · %3</translation>
    </message>
    <message>
        <source>%1 · in your note</source>
        <translation>%1 · dans votre note</translation>
    </message>
    <message>
        <source>%1 · in your note on #%2</source>
        <translation>%1 · dans votre note sur #%2</translation>
    </message>
    <message>
        <source>%1 · found in #%2</source>
        <translation>%1 · trouvé dans #%2</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::SessionSetupDialog</name>
    <message>
        <source>Start a Study Session</source>
        <translation>Démarrer une séance</translation>
    </message>
    <message>
        <source>Due now, then today&apos;s new questions</source>
        <translation>À revoir maintenant, puis les nouvelles questions du jour</translation>
    </message>
    <message>
        <source>Whole bank</source>
        <translation>Toute la banque</translation>
    </message>
    <message>
        <source>Chosen topics</source>
        <translation>Thèmes choisis</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Marquées</translation>
    </message>
    <message>
        <source>Flagged %1</source>
        <translation>Étiquetées %1</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>À revoir maintenant</translation>
    </message>
    <message>
        <source>Never studied</source>
        <translation>Jamais étudiées</translation>
    </message>
    <message>
        <source>Weak: forgotten twice or more</source>
        <translation>Faibles : oubliées deux fois ou plus</translation>
    </message>
    <message>
        <source>Missed in the last session</source>
        <translation>Manquées lors de la dernière séance</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>A mock interview asks only “Design …” questions</source>
        <translation>Un entretien blanc ne pose que des questions « Design … »</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>&amp;Questions from:</source>
        <translation>&amp;Questions de :</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Thèmes :</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>&amp;Au plus :</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <source>Tick one or more topics.</source>
        <translation>Cochez un ou plusieurs thèmes.</translation>
    </message>
    <message>
        <source>No questions in this choice right now.</source>
        <translation>Aucune question dans ce choix pour l’instant.</translation>
    </message>
    <message>
        <source>Questions: %1 (%2 due, %3 new, %4 ahead of time)</source>
        <translation>Questions : %1 (%2 à revoir, %3 nouvelles, %4 en avance)</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::StudyDialog</name>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Multiple Choice</source>
        <translation>Choix multiple</translation>
    </message>
    <message>
        <source>Typed Recall</source>
        <translation>Rappel écrit</translation>
    </message>
    <message>
        <source>Mock Interview</source>
        <translation>Entretien blanc</translation>
    </message>
    <message>
        <source>Show my &amp;note</source>
        <translation>Afficher ma &amp;note</translation>
    </message>
    <message>
        <source>Study: %1</source>
        <translation>Étude : %1</translation>
    </message>
    <message>
        <source> · Coming back: %1</source>
        <translation> · Reviennent : %1</translation>
    </message>
    <message>
        <source>To go: %1%2 · Answered: %3 · %4</source>
        <translation>Restantes : %1%2 · Répondues : %3 · %4</translation>
    </message>
    <message>
        <source>A Leech</source>
        <translation>Une question sangsue</translation>
    </message>
    <message>
        <source>You have forgotten “%1” %2 times, so it is now flagged Hard. A note in your own words, or a look at its topic, may help it stick.</source>
        <translation>Vous avez oublié « %1 » %2 fois, elle est donc étiquetée Difficile. Une note dans vos propres mots, ou un coup d’œil à son thème, peut aider à la retenir.</translation>
    </message>
    <message>
        <source>Answer Not Saved</source>
        <translation>Réponse non enregistrée</translation>
    </message>
    <message>
        <source>Your answer could not be saved:
%1</source>
        <translation>Votre réponse n’a pas pu être enregistrée :
%1</translation>
    </message>
    <message>
        <source>End This Session?</source>
        <translation>Terminer cette séance ?</translation>
    </message>
    <message>
        <source>Your answers so far are saved. End the session and see how it went?</source>
        <translation>Vos réponses jusqu’ici sont enregistrées. Terminer la séance et voir le bilan ?</translation>
    </message>
    <message>
        <source>&amp;End Session</source>
        <translation>&amp;Terminer la séance</translation>
    </message>
    <message>
        <source>&amp;Keep Studying</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Scratch Pad Not Saved</source>
        <translation>Brouillon non enregistré</translation>
    </message>
    <message>
        <source>Your scratch pad could not be saved, so this window stays open. Copy the text somewhere safe, or close again once the problem is solved.</source>
        <translation>Votre brouillon n’a pas pu être enregistré, cette fenêtre reste donc ouverte. Copiez le texte en lieu sûr, ou fermez à nouveau une fois le problème réglé.</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::StudyLauncher</name>
    <message>
        <source>Study &amp;Now (Recall)</source>
        <translation>Étudier &amp;maintenant (rappel)</translation>
    </message>
    <message>
        <source>&amp;Multiple Choice</source>
        <translation>&amp;Choix multiple</translation>
    </message>
    <message>
        <source>&amp;Typed Recall</source>
        <translation>&amp;Rappel écrit</translation>
    </message>
    <message>
        <source>Due questions, then today&apos;s new ones (F5)</source>
        <translation>Les questions à revoir, puis les nouvelles du jour (F5)</translation>
    </message>
    <message>
        <source>Mock &amp;Interview</source>
        <translation>&amp;Entretien blanc</translation>
    </message>
    <message>
        <source>A timed “Design …” question with a scratch pad: the one on show, or the next one due</source>
        <translation>Une question « Design … » chronométrée avec brouillon : celle affichée, ou la prochaine à revoir</translation>
    </message>
    <message>
        <source>&amp;Start Session…</source>
        <translation>&amp;Démarrer une séance…</translation>
    </message>
    <message>
        <source>Choose topics, bookmarks, weak or missed questions, the size and the mode</source>
        <translation>Choisir thèmes, marque-pages, questions faibles ou manquées, la taille et le mode</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Progression</translation>
    </message>
    <message>
        <source>Reviews, forecast, mastery and retention per topic (F6)</source>
        <translation>Révisions, prévisions, maîtrise et rétention par thème (F6)</translation>
    </message>
    <message>
        <source>Study Now · all done</source>
        <translation>Étudier · tout est fait</translation>
    </message>
    <message>
        <source>Study Now · %1 due · %2 new</source>
        <translation>Étudier · %1 à revoir · %2 nouvelles</translation>
    </message>
    <message>
        <source>Interview &amp;Dates…</source>
        <translation>Dates d&apos;e&amp;ntretien…</translation>
    </message>
    <message>
        <source>&amp;Estimation Drill…</source>
        <translation>Exercice d&apos;estimati&amp;on…</translation>
    </message>
    <message>
        <source>Back-of-the-envelope problems with fresh numbers: QPS, storage, bandwidth, servers, shards, partitions, latency</source>
        <translation>Problèmes d&apos;estimation aux chiffres toujours neufs : QPS, stockage, bande passante, serveurs, shards, partitions, latence</translation>
    </message>
    <message>
        <source>Dia&amp;gram Cards…</source>
        <translation>Cartes de dia&amp;grammes…</translation>
    </message>
    <message>
        <source>Diagrams with one component hidden: name it, then grade yourself</source>
        <translation>Des diagrammes avec un composant caché : nommez-le, puis notez-vous</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::TopicTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>#%1  %2</source>
        <translation>#%1  %2</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::TypedPage</name>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>Type the key points of the answer, then Ctrl+Enter</source>
        <translation>Tapez les points clés de la réponse, puis Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Check (Ctrl+Enter)</source>
        <translation>Vérifier (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>**Key terms you had** (%1 of %2): %3</source>
        <translation>**Termes clés trouvés** (%1 sur %2) : %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>**Missed**: %1</source>
        <translation>**Manqués** : %1</translation>
    </message>
    <message>
        <source>**You wrote:**</source>
        <translation>**Vous avez écrit :**</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::WelcomeBar</name>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; Ctrl+F searches, Alt+Down walks the questions, Ctrl+D bookmarks, F5 starts studying, F9 shows the diagrams, F1 opens the guide.</source>
        <translation>&lt;b&gt;Bienvenue.&lt;/b&gt; Ctrl+F cherche, Alt+Bas parcourt les questions, Ctrl+D marque, F5 lance l’étude, F9 montre les diagrammes, F1 ouvre le guide.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Compris</translation>
    </message>
    <message>
        <source>Hide the welcome</source>
        <translation>Masquer l’accueil</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::Whiteboard</name>
    <message>
        <source>Add a component: type cache, Kafka, load balancer… and press Enter</source>
        <translation>Ajouter un composant : tapez cache, Kafka, répartiteur… puis Entrée</translation>
    </message>
    <message>
        <source>Add a component by name</source>
        <translation>Ajouter un composant par son nom</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Draw Arrows</source>
        <translation>&amp;Tracer des flèches</translation>
    </message>
    <message>
        <source>Drag from one component to another to connect them; off, dragging moves</source>
        <translation>Glissez d&apos;un composant à l&apos;autre pour les relier ; désactivé, glisser déplace</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Relier</translation>
    </message>
    <message>
        <source>Connect the selected components in the order you selected them (Ctrl+L)</source>
        <translation>Relier les composants sélectionnés dans l&apos;ordre de sélection (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>Add a text box: numbers, requirements, notes (or double-click the board)</source>
        <translation>Ajouter une zone de texte : chiffres, exigences, notes (ou double-clic sur le tableau)</translation>
    </message>
    <message>
        <source>&amp;Frame</source>
        <translation>&amp;Cadre</translation>
    </message>
    <message>
        <source>Draw a labelled frame around what is selected: a region, a tier, a path</source>
        <translation>Tracer un cadre légendé autour de la sélection : une région, un niveau, un chemin</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Start again on an empty board (Undo brings the drawing back)</source>
        <translation>Recommencer sur un tableau vide (Annuler ramène le dessin)</translation>
    </message>
    <message>
        <source>Path of the selected arrows</source>
        <translation>Chemin des flèches sélectionnées</translation>
    </message>
    <message>
        <source>Mark the selected arrows as the read path, the write path or asynchronous</source>
        <translation>Marquer les flèches sélectionnées comme chemin de lecture, d&apos;écriture ou asynchrone</translation>
    </message>
    <message>
        <source>No path</source>
        <translation>Aucun chemin</translation>
    </message>
    <message>
        <source>Read path</source>
        <translation>Chemin de lecture</translation>
    </message>
    <message>
        <source>Write path</source>
        <translation>Chemin d&apos;écriture</translation>
    </message>
    <message>
        <source>Async</source>
        <translation>Asynchrone</translation>
    </message>
    <message>
        <source>Snap</source>
        <translation>Aimanter</translation>
    </message>
    <message>
        <source>Snap to the grid</source>
        <translation>Aimanter à la grille</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole drawing (0); Ctrl+wheel, + and - zoom; the wheel, the middle button or Space and drag move the board</source>
        <translation>Afficher tout le dessin (0) ; Ctrl+molette, + et - zooment ; la molette, le bouton du milieu ou Espace et glisser déplacent le tableau</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the sketch as a PNG picture or an SVG drawing</source>
        <translation>Enregistrer le croquis en image PNG ou en dessin SVG</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparer</translation>
    </message>
    <message>
        <source>Show the reference architecture beside your sketch, with what you have, what you missed and what you added</source>
        <translation>Afficher l&apos;architecture de référence à côté de votre croquis : ce que vous avez, ce qui manque et ce que vous avez ajouté</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>Drag a component onto the board, or double-click it to add it</source>
        <translation>Glissez un composant sur le tableau, ou double-cliquez pour l&apos;ajouter</translation>
    </message>
    <message>
        <source>What your sketch has of the reference</source>
        <translation>Ce que votre croquis contient de la référence</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistrée %1</translation>
    </message>
    <message>
        <source>Drag components from the list, or type one above; Ctrl+L connects the selected ones.</source>
        <translation>Glissez des composants depuis la liste, ou tapez-en un au-dessus ; Ctrl+L relie ceux sélectionnés.</translation>
    </message>
    <message>
        <source>Not saved: %1. Your sketch stays here and is saved as soon as possible.</source>
        <translation>Non enregistré : %1. Votre croquis reste ici et sera enregistré dès que possible.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
    <message numerus="yes">
        <source>The board holds at most %n component(s).</source>
        <translation>
            <numerusform>Le tableau contient au plus %n composant.</numerusform>
            <numerusform>Le tableau contient au plus %n composants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Sketch</source>
        <translation>Exporter le croquis</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Sketch Not Exported</source>
        <translation>Croquis non exporté</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Missed: %n component(s)</source>
        <translation>
            <numerusform>Manqué : %n composant</numerusform>
            <numerusform>Manqué : %n composants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have: %n component(s)</source>
        <translation>
            <numerusform>Vous avez : %n composant</numerusform>
            <numerusform>Vous avez : %n composants</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ %1, as your %2</source>
        <translation>✓ %1, sous la forme de votre %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Connections missed between what you have: %n</source>
        <translation>
            <numerusform>Liaison manquée entre ce que vous avez : %n</numerusform>
            <numerusform>Liaisons manquées entre ce que vous avez : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in the reference: %n component(s)</source>
        <translation>
            <numerusform>Absent de la référence : %n composant</numerusform>
            <numerusform>Absents de la référence : %n composants</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir %1</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Rien à rétablir</translation>
    </message>
    <message>
        <source>The sketch was changed elsewhere; this is the one kept now.</source>
        <translation>Le croquis a été modifié ailleurs ; voici celui qui est conservé.</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; as a service: right-click it to choose another kind.</source>
        <translation>« %1 » ajouté comme service : clic droit dessus pour choisir un autre type.</translation>
    </message>
    <message>
        <source>sketch</source>
        <translation>croquis</translation>
    </message>
    <message>
        <source>This question has no reference architecture to compare with</source>
        <translation>Cette question n&apos;a pas d&apos;architecture de référence à comparer</translation>
    </message>
    <message>
        <source>The reference shows once the answer does</source>
        <translation>La référence s&apos;affiche avec la réponse</translation>
    </message>
    <message>
        <source>Against &quot;%1&quot;: %2 of %3 components, %4 of %5 connections, coverage %6%</source>
        <translation>Face à « %1 » : %2 composants sur %3, %4 liaisons sur %5, couverture %6 %</translation>
    </message>
    <message>
        <source>½ %1, as your %2: the kind fits; name it to count in full</source>
        <translation>½ %1, sous la forme de votre %2 : le type convient ; nommez-le pour qu&apos;il compte en entier</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::WhiteboardScene</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Relier</translation>
    </message>
    <message>
        <source>Add Text</source>
        <translation>Ajouter du texte</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>Add Frame</source>
        <translation>Ajouter un cadre</translation>
    </message>
    <message>
        <source>Edit Label</source>
        <translation>Modifier la légende</translation>
    </message>
    <message>
        <source>Make %1</source>
        <translation>Transformer en %1</translation>
    </message>
    <message>
        <source>Set Path</source>
        <translation>Définir le chemin</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::WhiteboardView</name>
    <message>
        <source>Whiteboard</source>
        <translation>Tableau blanc</translation>
    </message>
    <message>
        <source>Draw the architecture: add components from the palette or by typing their name, connect them, label them.</source>
        <translation>Dessinez l&apos;architecture : ajoutez des composants depuis la palette ou par leur nom, reliez-les, légendez-les.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Edit &amp;Label</source>
        <translation>Modifier la &amp;légende</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Read Path</source>
        <translation>Chemin de &amp;lecture</translation>
    </message>
    <message>
        <source>&amp;Write Path</source>
        <translation>Chemin d&apos;é&amp;criture</translation>
    </message>
    <message>
        <source>&amp;Async</source>
        <translation>&amp;Asynchrone</translation>
    </message>
    <message>
        <source>&amp;No Path</source>
        <translation>Aucu&amp;n chemin</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add &amp;Text</source>
        <translation>Ajouter du &amp;texte</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::WhiteboardWindow</name>
    <message>
        <source>Whiteboard: %1</source>
        <translation>Tableau blanc : %1</translation>
    </message>
    <message>
        <source>Whiteboard</source>
        <translation>Tableau blanc</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
</context>
</TS>
