<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApiKey</name>
    <message>
        <source>the COFFRE_API_KEY environment variable</source>
        <translation>la variable d’environnement COFFRE_API_KEY</translation>
    </message>
    <message>
        <source>the key file %1</source>
        <translation>le fichier de clé %1</translation>
    </message>
    <message>
        <source>the OS keychain</source>
        <translation>le trousseau de clés du système</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nulle part</translation>
    </message>
    <message>
        <source>a 1fichier API key is %1 characters of A-Z, a-z, 0-9, &apos;-&apos;, &apos;_&apos; and &apos;=&apos;</source>
        <translation>une clé API 1fichier compte %1 caractères parmi A-Z, a-z, 0-9, «&#xa0;-&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;=&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is empty; %2.</source>
        <translation>%1 est vide&#xa0;; %2.</translation>
    </message>
    <message>
        <source>%1 has %2 characters, not a 1fichier API key: %3.</source>
        <translation>%1 contient %2 caractères, ce n’est pas une clé API 1fichier&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 contains characters a 1fichier API key never has: %2.</source>
        <translation>%1 contient des caractères qu’une clé API 1fichier n’a jamais&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>ApiKeyFile</name>
    <message>
        <source>the key file %1 does not exist.</source>
        <translation>le fichier de clé %1 n’existe pas.</translation>
    </message>
    <message>
        <source>cannot open the key file %1: %2.</source>
        <translation>impossible d’ouvrir le fichier de clé %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>cannot check the key file %1: %2.</source>
        <translation>impossible de vérifier le fichier de clé %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the key file %1 is not a regular file.</source>
        <translation>le fichier de clé %1 n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>the key file %1 belongs to another user (uid %2); it must be your own file, readable by you only.</source>
        <translation>le fichier de clé %1 appartient à un autre utilisateur (uid %2)&#xa0;; il doit vous appartenir et n’être lisible que par vous.</translation>
    </message>
    <message>
        <source>the key file %1 has mode %2, so other users can read it; it must be readable by you only. Fix it with: chmod 600 %1</source>
        <translation>le fichier de clé %1 a les droits %2&#xa0;: d’autres utilisateurs peuvent le lire&#xa0;; il ne doit être lisible que par vous. Corrigez-le avec&#xa0;: chmod 600 %1</translation>
    </message>
    <message>
        <source>the key file %1 is too big to hold an API key (%2 bytes).</source>
        <translation>le fichier de clé %1 est trop gros pour contenir une clé API (%2 octets).</translation>
    </message>
    <message>
        <source>cannot read the key file %1: %2.</source>
        <translation>impossible de lire le fichier de clé %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the key file %1 is too big to hold an API key.</source>
        <translation>le fichier de clé %1 est trop gros pour contenir une clé API.</translation>
    </message>
    <message>
        <source>the key file %1</source>
        <translation>le fichier de clé %1</translation>
    </message>
</context>
<context>
    <name>ApiKeyLookup</name>
    <message>
        <source>no API key: store one with &apos;coffre key set&apos; (it reads the key from standard input), or give it in COFFRE_API_KEY or in a key file with mode 0600 (--api-key-file PATH).</source>
        <translation>aucune clé API&#xa0;: enregistrez-en une avec «&#xa0;coffre key set&#xa0;» (la clé est lue sur l’entrée standard), ou indiquez-la dans COFFRE_API_KEY ou dans un fichier de clé aux droits 0600 (--api-key-file CHEMIN).</translation>
    </message>
</context>
<context>
    <name>ApiKeyVerifier</name>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>no subscription (the API needs Premium or Access)</source>
        <translation>aucun abonnement (l’API demande Premium ou Access)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>, jusqu’au %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>ArchiveCreateCommand</name>
    <message>
        <source>Zip folders into an archive, the way a backup does.</source>
        <translation>Compresser des dossiers dans une archive zip, comme le fait une sauvegarde.</translation>
    </message>
    <message>
        <source>Compression level, 0 (store) to 9 (smallest); default 6.</source>
        <translation>Niveau de compression, de 0 (aucune) à 9 (la plus forte)&#xa0;; 6 par défaut.</translation>
    </message>
    <message>
        <source>0-9</source>
        <translation>0-9</translation>
    </message>
    <message>
        <source>Leave out paths matching this gitignore-style pattern (repeatable), e.g. &apos;*.tmp&apos;, &apos;node_modules/&apos;, &apos;/build&apos;.</source>
        <translation>Laisser de côté les chemins qui correspondent à ce motif de style gitignore (option répétable), par exemple «&#xa0;*.tmp&#xa0;», «&#xa0;node_modules/&#xa0;», «&#xa0;/build&#xa0;».</translation>
    </message>
    <message>
        <source>glob</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>Archive what symbolic links point to instead of the links.</source>
        <translation>Archiver la cible des liens symboliques plutôt que les liens eux-mêmes.</translation>
    </message>
    <message>
        <source>Fail instead of warning when a file cannot be read completely.</source>
        <translation>Échouer au lieu d’avertir quand un fichier ne peut pas être lu entièrement.</translation>
    </message>
    <message>
        <source>The archive to create (never replaced).</source>
        <translation>L’archive à créer (jamais remplacée).</translation>
    </message>
    <message>
        <source>Folders to archive.</source>
        <translation>Les dossiers à archiver.</translation>
    </message>
    <message>
        <source>give the archive to create and at least one folder.</source>
        <translation>indiquez l’archive à créer et au moins un dossier.</translation>
    </message>
    <message>
        <source>--level takes a number from 0 to 9.</source>
        <translation>--level attend un nombre de 0 à 9.</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>avertissement&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>interrupted; no archive was written.</source>
        <translation>interrompu&#xa0;; aucune archive n’a été écrite.</translation>
    </message>
    <message numerus="yes">
        <source>Archived %n file(s) (%1) into %2: %3.</source>
        <translation>
            <numerusform>%n fichier (%1) archivé dans %2&#xa0;: %3.</numerusform>
            <numerusform>%n fichiers (%1) archivés dans %2&#xa0;: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>OUT.zip</source>
        <translation>SORTIE.zip</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>DIR...</source>
        <translation>DOSSIER...</translation>
    </message>
</context>
<context>
    <name>ArchiveExtractCommand</name>
    <message>
        <source>Extract a zip archive, or some of its entries, into a folder.</source>
        <translation>Extraire une archive zip, ou certaines de ses entrées, dans un dossier.</translation>
    </message>
    <message>
        <source>The folder to extract into (created if missing).</source>
        <translation>Le dossier où extraire (créé s’il n’existe pas).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Replace files that already exist in the folder.</source>
        <translation>Remplacer les fichiers qui existent déjà dans le dossier.</translation>
    </message>
    <message>
        <source>The archive to extract.</source>
        <translation>L’archive à extraire.</translation>
    </message>
    <message>
        <source>Entries to extract (a folder brings everything under it); all when none is given.</source>
        <translation>Les entrées à extraire (un dossier emporte tout ce qu’il contient)&#xa0;; toutes si aucune n’est indiquée.</translation>
    </message>
    <message>
        <source>give the archive to extract.</source>
        <translation>indiquez l’archive à extraire.</translation>
    </message>
    <message>
        <source>give the folder to extract into with --to DIR.</source>
        <translation>indiquez le dossier où extraire avec --to DOSSIER.</translation>
    </message>
    <message numerus="yes">
        <source>Extracted %n file(s) (%1) into %2.</source>
        <translation>
            <numerusform>%n fichier (%1) extrait dans %2.</numerusform>
            <numerusform>%n fichiers (%1) extraits dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>ENTRY</source>
        <translation>ENTRÉE</translation>
    </message>
    <message>
        <source>[ENTRY...]</source>
        <translation>[ENTRÉE...]</translation>
    </message>
</context>
<context>
    <name>ArchiveListCommand</name>
    <message>
        <source>List the entries of a zip archive (size, date, name).</source>
        <translation>Lister les entrées d’une archive zip (taille, date, nom).</translation>
    </message>
    <message>
        <source>The archive to list.</source>
        <translation>L’archive à lister.</translation>
    </message>
    <message>
        <source>give exactly one archive to list.</source>
        <translation>indiquez une seule archive à lister.</translation>
    </message>
</context>
<context>
    <name>ArchiveOutput</name>
    <message>
        <source>internal error: the zip writer sought to %1 of %2</source>
        <translation>erreur interne&#xa0;: l’écriture du zip a voulu se placer à l’octet %1 sur %2</translation>
    </message>
    <message>
        <source>internal error: a local header changed after it was written</source>
        <translation>erreur interne&#xa0;: un en-tête local a changé après avoir été écrit</translation>
    </message>
</context>
<context>
    <name>ArchivePipeline</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file disappeared before it could be read.</source>
        <translation>Le fichier a disparu avant d’avoir pu être lu.</translation>
    </message>
    <message>
        <source>The file was replaced by a link before it could be read.</source>
        <translation>Le fichier a été remplacé par un lien avant d’avoir pu être lu.</translation>
    </message>
    <message>
        <source>The file could not be opened: %1.</source>
        <translation>Le fichier n’a pas pu être ouvert&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The file was replaced by something that is not a regular file.</source>
        <translation>Le fichier a été remplacé par autre chose qu’un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Compressing %1 failed.</source>
        <translation>La compression de %1 a échoué.</translation>
    </message>
    <message>
        <source>The file could not be read: %1.</source>
        <translation>Le fichier n’a pas pu être lu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Only the first %1 bytes could be read (%2); the rest is missing from the archive.</source>
        <translation>Seuls les %1 premiers octets ont pu être lus (%2)&#xa0;; la suite manque dans l’archive.</translation>
    </message>
    <message>
        <source>The file changed size while it was being read; the archive holds %1 of the %2 bytes it had when the backup started.</source>
        <translation>La taille du fichier a changé pendant sa lecture&#xa0;; l’archive en contient %1 octets sur les %2 qu’il faisait au début de la sauvegarde.</translation>
    </message>
    <message>
        <source>Internal error: the archive could not be planned past %1.</source>
        <translation>Erreur interne&#xa0;: la préparation de l’archive s’est arrêtée à %1.</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <source>it points to an absolute path</source>
        <translation>il pointe vers un chemin absolu</translation>
    </message>
    <message>
        <source>it points outside the target folder</source>
        <translation>il pointe hors du dossier cible</translation>
    </message>
    <message>
        <source>it points through another symbolic link</source>
        <translation>il passe par un autre lien symbolique</translation>
    </message>
    <message>
        <source>it has an empty name</source>
        <translation>son nom est vide</translation>
    </message>
    <message>
        <source>its path is absolute</source>
        <translation>son chemin est absolu</translation>
    </message>
    <message>
        <source>its path goes up with &apos;..&apos;</source>
        <translation>son chemin remonte avec «&#xa0;..&#xa0;»</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <source>%1 entries are damaged; the first: %2</source>
        <translation>%1 entrées sont endommagées&#xa0;; la première&#xa0;: %2</translation>
    </message>
    <message>
        <source>Refusing to extract &apos;%1&apos;: %2. Nothing was extracted.</source>
        <translation>Extraction de «&#xa0;%1&#xa0;» refusée&#xa0;: %2. Rien n’a été extrait.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice in the archive. Nothing was extracted.</source>
        <translation>«&#xa0;%1&#xa0;» figure deux fois dans l’archive. Rien n’a été extrait.</translation>
    </message>
    <message>
        <source>The link &apos;%1&apos; is too long. Nothing was extracted.</source>
        <translation>Le lien «&#xa0;%1&#xa0;» est trop long. Rien n’a été extrait.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the archive.</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas dans l’archive.</translation>
    </message>
    <message>
        <source>Refusing to extract the link &apos;%1&apos;: %2. Nothing was extracted.</source>
        <translation>Extraction du lien «&#xa0;%1&#xa0;» refusée&#xa0;: %2. Rien n’a été extrait.</translation>
    </message>
    <message>
        <source>The link was left out: %1.</source>
        <translation>Le lien a été laissé de côté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Refusing to extract &apos;%1&apos;: it would be written through the symbolic link &apos;%2&apos;. Nothing was extracted.</source>
        <translation>Extraction de «&#xa0;%1&#xa0;» refusée&#xa0;: il serait écrit à travers le lien symbolique «&#xa0;%2&#xa0;». Rien n’a été extrait.</translation>
    </message>
    <message>
        <source>%1 already exists in %2; nothing was extracted.</source>
        <translation>%1 existe déjà dans %2&#xa0;; rien n’a été extrait.</translation>
    </message>
    <message>
        <source>The extraction was cancelled; the files extracted so far are complete.</source>
        <translation>L’extraction a été annulée&#xa0;; les fichiers déjà extraits sont complets.</translation>
    </message>
    <message>
        <source>its name contains a NUL character</source>
        <translation>son nom contient un caractère NUL</translation>
    </message>
</context>
<context>
    <name>ArchiveTestCommand</name>
    <message>
        <source>Check every entry of a zip archive (CRC and size).</source>
        <translation>Vérifier chaque entrée d’une archive zip (CRC et taille).</translation>
    </message>
    <message>
        <source>The archive to check.</source>
        <translation>L’archive à vérifier.</translation>
    </message>
    <message>
        <source>give exactly one archive to test.</source>
        <translation>indiquez une seule archive à vérifier.</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>endommagée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: OK, %n file(s) (%2) checked.</source>
        <translation>
            <numerusform>%1&#xa0;: OK, %n fichier (%2) vérifié.</numerusform>
            <numerusform>%1&#xa0;: OK, %n fichiers (%2) vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>interrupted.</source>
        <translation>interrompu.</translation>
    </message>
</context>
<context>
    <name>ArchiveWriter</name>
    <message>
        <source>The archive was cancelled.</source>
        <translation>L’archivage a été annulé.</translation>
    </message>
    <message>
        <source>There is no source folder to archive.</source>
        <translation>Il n’y a aucun dossier source à archiver.</translation>
    </message>
    <message>
        <source>The compression level must be between 0 and 9.</source>
        <translation>Le niveau de compression doit être compris entre 0 et 9.</translation>
    </message>
    <message>
        <source>%1 already exists; Coffre does not replace it.</source>
        <translation>%1 existe déjà&#xa0;; Coffre ne le remplace pas.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Not enough space in %1 to write the archive.</source>
        <translation>Pas assez d’espace dans %1 pour écrire l’archive.</translation>
    </message>
    <message>
        <source>Cannot create the archive in %1: %2.</source>
        <translation>Impossible de créer l’archive dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not write %1 (zip error %2).</source>
        <translation>Impossible d’écrire %1 (erreur zip %2).</translation>
    </message>
    <message>
        <source>Could not create %1: %2.</source>
        <translation>Impossible de créer %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The archive grew past the largest file allowed in %1 (file size limit).</source>
        <translation>L’archive a dépassé la taille de fichier maximale permise dans %1 (limite de taille des fichiers).</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Back up your folders to 1fichier on schedule</source>
        <translation>Sauvegardez vos dossiers sur 1fichier selon une planification</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BackupsCommand</name>
    <message>
        <source>List the backups of a profile on 1fichier, newest first.</source>
        <translation>Lister les sauvegardes d’un profil sur 1fichier, de la plus récente à la plus ancienne.</translation>
    </message>
    <message>
        <source>The profile.</source>
        <translation>Le profil.</translation>
    </message>
    <message>
        <source>Print JSON, for scripts.</source>
        <translation>Afficher du JSON, pour les scripts.</translation>
    </message>
    <message>
        <source>Give one profile name. See &apos;coffre backups --help&apos;.</source>
        <translation>Indiquez un nom de profil. Voir «&#xa0;coffre backups --help&#xa0;».</translation>
    </message>
    <message>
        <source>No backups of %1 in %2 yet.</source>
        <translation>Aucune sauvegarde de %1 dans %2 pour l’instant.</translation>
    </message>
    <message>
        <source>[pinned]</source>
        <translation>[épinglée]</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1.</source>
        <translation>
            <numerusform>%n sauvegarde dans %1.</numerusform>
            <numerusform>%n sauvegardes dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Print debug messages of every coffre.* log category.</source>
        <translation>Afficher les messages de débogage de toutes les catégories de journal coffre.*.</translation>
    </message>
    <message>
        <source>Read the API key from this file (it must be readable by its owner only, mode 0600).</source>
        <translation>Lire la clé API dans ce fichier (il ne doit être lisible que par son propriétaire, droits 0600).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Coffre %1 - backs up your folders to your 1fichier account.</source>
        <translation>Coffre %1 — sauvegarde vos dossiers sur votre compte 1fichier.</translation>
    </message>
    <message>
        <source>Usage: coffre                       open the window and the tray icon</source>
        <translation>Utilisation&#xa0;: coffre                       ouvre la fenêtre et l’icône de notification</translation>
    </message>
    <message>
        <source>       coffre &lt;command&gt; [options]   run one command without a window</source>
        <translation>              coffre &lt;commande&gt; [options]  lance une commande sans fenêtre</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options globales&#xa0;:</translation>
    </message>
    <message>
        <source>print debug messages</source>
        <translation>afficher les messages de débogage</translation>
    </message>
    <message>
        <source>read the API key from PATH (mode 0600 only)</source>
        <translation>lire la clé API dans CHEMIN (droits 0600 uniquement)</translation>
    </message>
    <message>
        <source>show help (also after a command)</source>
        <translation>afficher l’aide (aussi après une commande)</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>the 1fichier API key (before the key file and the keychain)</source>
        <translation>la clé API 1fichier (avant le fichier de clé et le trousseau)</translation>
    </message>
    <message>
        <source>the API base URL (default https://api.1fichier.com/v1)</source>
        <translation>l’adresse de base de l’API (par défaut https://api.1fichier.com/v1)</translation>
    </message>
    <message>
        <source>Run &apos;coffre &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Lancez «&#xa0;coffre &lt;commande&gt; --help&#xa0;» pour les options d’une commande.</translation>
    </message>
    <message>
        <source>Commands under &apos;coffre %1&apos;:</source>
        <translation>Commandes de «&#xa0;coffre %1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;. Run &apos;coffre --help&apos; for usage.</source>
        <translation>option inconnue «&#xa0;%1&#xa0;». Lancez «&#xa0;coffre --help&#xa0;» pour l’utilisation.</translation>
    </message>
    <message>
        <source>unknown command &apos;coffre %1 %2&apos;. Run &apos;coffre %1 --help&apos;.</source>
        <translation>commande inconnue «&#xa0;coffre %1 %2&#xa0;». Lancez «&#xa0;coffre %1 --help&#xa0;».</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Run &apos;coffre --help&apos; for the list.</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;». Lancez «&#xa0;coffre --help&#xa0;» pour la liste.</translation>
    </message>
    <message>
        <source>%1. Run &apos;coffre %2 --help&apos; for usage.</source>
        <translation>%1. Lancez «&#xa0;coffre %2 --help&#xa0;» pour l’utilisation.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>       coffre --hidden              start in the tray only (start at login)</source>
        <translation>              coffre --hidden              démarre dans la zone de notification seulement (lancement à l’ouverture de session)</translation>
    </message>
</context>
<context>
    <name>Coffre::ApiKeyStore</name>
    <message>
        <source>the entry is in a locked collection and was not unlocked</source>
        <translation>l’entrée se trouve dans une collection verrouillée qui n’a pas été déverrouillée</translation>
    </message>
    <message>
        <source>refusing to store something that is not a 1fichier API key</source>
        <translation>refus d’enregistrer quelque chose qui n’est pas une clé API 1fichier</translation>
    </message>
    <message>
        <source>the API key in the OS keychain</source>
        <translation>la clé API du trousseau de clés du système</translation>
    </message>
    <message>
        <source>Store a new one with &apos;coffre key set&apos;.</source>
        <translation>Enregistrez-en une nouvelle avec «&#xa0;coffre key set&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Coffre::BackupRun</name>
    <message>
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Compressing</source>
        <translation>Compression</translation>
    </message>
    <message>
        <source>Opening the 1fichier folder</source>
        <translation>Ouverture du dossier 1fichier</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Deleting old backups</source>
        <translation>Suppression des anciennes sauvegardes</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>No 1fichier connection is set up.</source>
        <translation>Aucune connexion à 1fichier n’est configurée.</translation>
    </message>
    <message>
        <source>Cannot create the folder for temporary archives: %1.</source>
        <translation>Impossible de créer le dossier des archives temporaires&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The source folder %1 does not exist (is a disk unplugged?).</source>
        <translation>Le dossier source %1 n’existe pas (un disque est-il débranché ?).</translation>
    </message>
    <message>
        <source>The source folder %1 cannot be read.</source>
        <translation>Le dossier source %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Not enough free space in %1 for the archive: %2 MB may be needed, %3 MB are free.</source>
        <translation>Pas assez d’espace libre dans %1 pour l’archive&#xa0;: jusqu’à %2 Mo peuvent être nécessaires, %3 Mo sont libres.</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>La sauvegarde a été annulée.</translation>
    </message>
    <message>
        <source>1fichier reports a different size or checksum for the uploaded archive than the one sent; old backups were kept.</source>
        <translation>1fichier indique pour l’archive envoyée une taille ou une somme de contrôle différente de celle de l’archive locale&#xa0;; les anciennes sauvegardes ont été conservées.</translation>
    </message>
    <message>
        <source>Waiting for the new backup to show in the folder listing…</source>
        <translation>En attente de l’apparition de la nouvelle sauvegarde dans le dossier…</translation>
    </message>
    <message>
        <source>The upload was reported complete but the archive does not show in %1 yet; old backups were kept.</source>
        <translation>L’envoi est signalé comme terminé, mais l’archive n’apparaît pas encore dans %1&#xa0;; les anciennes sauvegardes ont été conservées.</translation>
    </message>
    <message>
        <source>The archive listed in %1 differs from the one uploaded; old backups were kept.</source>
        <translation>L’archive présente dans %1 diffère de celle qui a été envoyée&#xa0;; les anciennes sauvegardes ont été conservées.</translation>
    </message>
    <message numerus="yes">
        <source>The backup is done, but deleting %n old backup(s) failed: %1</source>
        <translation>
            <numerusform>La sauvegarde est faite, mais la suppression de %n ancienne sauvegarde a échoué&#xa0;: %1</numerusform>
            <numerusform>La sauvegarde est faite, mais la suppression de %n anciennes sauvegardes a échoué&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive stored in %1 differs from the one uploaded; old backups were kept.</source>
        <translation>L’archive enregistrée dans %1 diffère de celle qui a été envoyée&#xa0;; les anciennes sauvegardes ont été conservées.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup is done, but this computer&apos;s clock is %1 ahead of 1fichier&apos;s, so no old backup was deleted — set the clock right.</source>
        <translation>La sauvegarde est faite, mais l’horloge de cet ordinateur avance de %1 sur celle de 1fichier&#xa0;; aucune ancienne sauvegarde n’a donc été supprimée&#xa0;: remettez l’horloge à l’heure.</translation>
    </message>
    <message>
        <source>The backup is done, but this computer&apos;s clock is %1 behind 1fichier&apos;s, so no old backup was deleted — set the clock right.</source>
        <translation>La sauvegarde est faite, mais l’horloge de cet ordinateur retarde de %1 sur celle de 1fichier&#xa0;; aucune ancienne sauvegarde n’a donc été supprimée&#xa0;: remettez l’horloge à l’heure.</translation>
    </message>
    <message>
        <source>An earlier backup of this profile was stopped before it finished (the computer shut down, or Coffre was killed); its temporary archive was removed.</source>
        <translation>Une sauvegarde précédente de ce profil a été interrompue avant la fin (arrêt de l’ordinateur ou arrêt forcé de Coffre)&#xa0;; son archive temporaire a été supprimée.</translation>
    </message>
</context>
<context>
    <name>Coffre::DesktopApp</name>
    <message>
        <source>Backup done</source>
        <translation>Sauvegarde terminée</translation>
    </message>
    <message>
        <source>“%1” is backed up and verified on 1fichier.</source>
        <translation>«&#xa0;%1&#xa0;» est sauvegardé et vérifié sur 1fichier.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>The backup of “%1” failed: %2</source>
        <translation>La sauvegarde de «&#xa0;%1&#xa0;» a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Backup overdue</source>
        <translation>Sauvegarde en retard</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was last backed up %n day(s) ago. Open Coffre to back it up now or snooze this reminder.</source>
        <translation>
            <numerusform>La dernière sauvegarde de «&#xa0;%1&#xa0;» remonte à %n jour. Ouvrez Coffre pour le sauvegarder maintenant ou reporter ce rappel.</numerusform>
            <numerusform>La dernière sauvegarde de «&#xa0;%1&#xa0;» remonte à %n jours. Ouvrez Coffre pour le sauvegarder maintenant ou reporter ce rappel.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has never been backed up. Open Coffre to back it up now or snooze this reminder.</source>
        <translation>«&#xa0;%1&#xa0;» n’a jamais été sauvegardé. Ouvrez Coffre pour le sauvegarder maintenant ou reporter ce rappel.</translation>
    </message>
    <message>
        <source>“%1” was last backed up at %2. Open Coffre to back it up now or snooze this reminder.</source>
        <translation>La dernière sauvegarde de «&#xa0;%1&#xa0;» date de %2. Ouvrez Coffre pour le sauvegarder maintenant ou reporter ce rappel.</translation>
    </message>
</context>
<context>
    <name>Coffre::FichierClient</name>
    <message>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than %2 characters</source>
        <translation>«&#xa0;%1&#xa0;» dépasse %2 caractères</translation>
    </message>
    <message numerus="yes">
        <source>1fichier asked Coffre to slow down; waiting %n second(s) before the next request.</source>
        <translation>
            <numerusform>1fichier a demandé à Coffre de ralentir&#xa0;; attente de %n seconde avant la prochaine requête.</numerusform>
            <numerusform>1fichier a demandé à Coffre de ralentir&#xa0;; attente de %n secondes avant la prochaine requête.</numerusform>
        </translation>
    </message>
    <message>
        <source>folder id %1</source>
        <translation>identifiant de dossier %1</translation>
    </message>
    <message>
        <source>parent folder id</source>
        <translation>identifiant du dossier parent</translation>
    </message>
    <message>
        <source>the root folder cannot be removed</source>
        <translation>le dossier racine ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>&apos;%1&apos; may not be part of a folder path</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas faire partie d’un chemin de dossier</translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>the file link is empty</source>
        <translation>le lien du fichier est vide</translation>
    </message>
    <message>
        <source>no file to move</source>
        <translation>aucun fichier à déplacer</translation>
    </message>
    <message>
        <source>only a single file can be renamed while moving</source>
        <translation>un seul fichier peut être renommé lors d’un déplacement</translation>
    </message>
    <message>
        <source>the expected Whirlpool is not 128 hex digits</source>
        <translation>la somme Whirlpool attendue ne fait pas 128 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 est un dossier</translation>
    </message>
    <message>
        <source>the download host %1 is not allowed with the API&apos;s scheme</source>
        <translation>le serveur de téléchargement %1 n’est pas autorisé avec le protocole de l’API</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file</source>
        <translation>%1 n’existe pas ou n’est pas un fichier</translation>
    </message>
    <message>
        <source>%1 is not readable</source>
        <translation>%1 n’est pas lisible</translation>
    </message>
    <message>
        <source>the file name is longer than 250 characters</source>
        <translation>le nom du fichier dépasse 250 caractères</translation>
    </message>
    <message>
        <source>the upload server %1 is not allowed with the API&apos;s scheme</source>
        <translation>le serveur d’envoi %1 n’est pas autorisé avec le protocole de l’API</translation>
    </message>
    <message>
        <source>%1 changed size before the upload started</source>
        <translation>la taille de %1 a changé avant le début de l’envoi</translation>
    </message>
    <message>
        <source>The upload failed (%1); starting it again.</source>
        <translation>L’envoi a échoué (%1)&#xa0;; nouvelle tentative.</translation>
    </message>
</context>
<context>
    <name>Coffre::HistoryDialog</name>
    <message>
        <source>Backup history</source>
        <translation>Historique des sauvegardes</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Tous les profils</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped</source>
        <translation>
            <numerusform>%n fichier ignoré</numerusform>
            <numerusform>%n fichiers ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old backup(s) deleted</source>
        <translation>
            <numerusform>%n ancienne sauvegarde supprimée</numerusform>
            <numerusform>%n anciennes sauvegardes supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifiée</translation>
    </message>
</context>
<context>
    <name>Coffre::MainWindow</name>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sauvegarde en cours</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>aujourd’hui à %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>hier à %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>demain à %1</translation>
    </message>
    <message>
        <source>Waiting for the running backup</source>
        <translation>En attente de la sauvegarde en cours</translation>
    </message>
    <message>
        <source>Backed up, verified</source>
        <translation>Sauvegardée, vérifiée</translation>
    </message>
    <message>
        <source>Uploaded, not verified</source>
        <translation>Envoyée, non vérifiée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>à la demande</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source> · %1/s · %2 left</source>
        <translation> · %1/s · encore %2</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Remove the profile “%1”? Its backups on 1fichier are kept.</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;»&#xa0;? Ses sauvegardes sur 1fichier sont conservées.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Sauvegarder mai&amp;ntenant</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Back up the selected profile now</source>
        <translation>Sauvegarder maintenant le profil sélectionné</translation>
    </message>
    <message>
        <source>&amp;Cancel the backup</source>
        <translation>&amp;Annuler la sauvegarde</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Modifier le profil…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>&amp;Backups on 1fichier…</source>
        <translation>&amp;Sauvegardes sur 1fichier…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Browse, restore, pin or delete the backups of the selected profile</source>
        <translation>Parcourir, restaurer, épingler ou supprimer les sauvegardes du profil sélectionné</translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation>Supprimer le &amp;profil…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Pause schedules</source>
        <translation>Suspendre les &amp;planifications</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Hold every scheduled backup until you resume; “Back up now” still works</source>
        <translation>Mettre en attente toutes les sauvegardes planifiées jusqu’à nouvel ordre&#xa0;; «&#xa0;Sauvegarder maintenant&#xa0;» fonctionne toujours</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Coffre</source>
        <translation>À &amp;propos de Coffre</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation>&amp;Sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Snooze reminders</source>
        <translation>&amp;Reporter les rappels</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>For a day</source>
        <translation>D’un jour</translation>
    </message>
    <message>
        <source>For 3 days</source>
        <translation>De 3 jours</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>D’une semaine</translation>
    </message>
    <message>
        <source>Remind me again</source>
        <translation>Réactiver les rappels</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>About Coffre</source>
        <translation>À propos de Coffre</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Coffre %1&lt;/h3&gt;&lt;p&gt;Zipped, verified backups of your folders on your 1fichier account, on a schedule or when you ask.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coffre %1&lt;/h3&gt;&lt;p&gt;Des sauvegardes compressées et vérifiées de vos dossiers sur votre compte 1fichier, selon une planification ou à la demande.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No backup profiles yet&lt;/h3&gt;&lt;p&gt;A profile says which folders to back up, where on 1fichier, when, and how many old backups to keep.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun profil de sauvegarde pour l’instant&lt;/h3&gt;&lt;p&gt;Un profil indique quels dossiers sauvegarder, où sur 1fichier, quand, et combien d’anciennes sauvegardes conserver.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Nouveau profil…</translation>
    </message>
    <message>
        <source>Snooze reminders</source>
        <translation>Reporter les rappels</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Rappels&#xa0;:</translation>
    </message>
    <message>
        <source>Folders:</source>
        <translation>Dossiers&#xa0;:</translation>
    </message>
    <message>
        <source>On 1fichier:</source>
        <translation>Sur 1fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Planification&#xa0;:</translation>
    </message>
    <message>
        <source>Keeps:</source>
        <translation>Conservation&#xa0;:</translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation>dans moins d’une minute</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>dans %n min</numerusform>
            <numerusform>dans %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>dans %n heure</numerusform>
            <numerusform>dans %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>dans %1 h %2 min</translation>
    </message>
    <message>
        <source>Only when you click “Back up now”</source>
        <translation>Seulement quand vous cliquez sur «&#xa0;Sauvegarder maintenant&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Toutes les heures</numerusform>
            <numerusform>Toutes les %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Every day at %1</source>
        <translation>Tous les jours à %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Every %1 at %2</source>
        <translation>Chaque %1 à %2</translation>
    </message>
    <message>
        <source>every backup</source>
        <translation>toutes les sauvegardes</translation>
    </message>
    <message numerus="yes">
        <source>the last %n backup(s)</source>
        <translation>
            <numerusform>la dernière sauvegarde</numerusform>
            <numerusform>les %n dernières sauvegardes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one an hour for %n hour(s)</source>
        <translation>
            <numerusform>une par heure pendant %n heure</numerusform>
            <numerusform>une par heure pendant %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>one every hour</source>
        <translation>une par heure sans limite de durée</translation>
    </message>
    <message numerus="yes">
        <source>one a day for %n day(s)</source>
        <translation>
            <numerusform>une par jour pendant %n jour</numerusform>
            <numerusform>une par jour pendant %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>one every day</source>
        <translation>une par jour sans limite de durée</translation>
    </message>
    <message numerus="yes">
        <source>one a week for %n week(s)</source>
        <translation>
            <numerusform>une par semaine pendant %n semaine</numerusform>
            <numerusform>une par semaine pendant %n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>one every week</source>
        <translation>une par semaine sans limite de durée</translation>
    </message>
    <message numerus="yes">
        <source>one a month for %n month(s)</source>
        <translation>
            <numerusform>une par mois pendant %n mois</numerusform>
            <numerusform>une par mois pendant %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>one every month</source>
        <translation>une par mois sans limite de durée</translation>
    </message>
    <message numerus="yes">
        <source>one a year for %n year(s)</source>
        <translation>
            <numerusform>une par an pendant %n an</numerusform>
            <numerusform>une par an pendant %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>one every year</source>
        <translation>une par an sans limite de durée</translation>
    </message>
    <message>
        <source>all from the last %1</source>
        <translation>toutes celles de moins de %1</translation>
    </message>
    <message>
        <source>waiting for the network</source>
        <translation>en attente du réseau</translation>
    </message>
    <message>
        <source>after the metered connection</source>
        <translation>après la connexion limitée</translation>
    </message>
    <message>
        <source>retrying now</source>
        <translation>nouvel essai maintenant</translation>
    </message>
    <message>
        <source>retrying %1</source>
        <translation>nouvel essai %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source> (snoozed)</source>
        <translation> (rappels reportés)</translation>
    </message>
    <message>
        <source>The last backup of “%1” failed; select it to see why.</source>
        <translation>La dernière sauvegarde de «&#xa0;%1&#xa0;» a échoué&#xa0;; sélectionnez ce profil pour en voir la raison.</translation>
    </message>
    <message>
        <source>Waiting for the network to back up “%1”.</source>
        <translation>En attente du réseau pour sauvegarder «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” waits for a connection that is not metered.</source>
        <translation>«&#xa0;%1&#xa0;» attend une connexion non limitée.</translation>
    </message>
    <message>
        <source>“%1” is overdue: its last verified backup is from %2.</source>
        <translation>«&#xa0;%1&#xa0;» est en retard&#xa0;: dernière sauvegarde vérifiée %2.</translation>
    </message>
    <message>
        <source>“%1” is overdue: it has never been backed up.</source>
        <translation>«&#xa0;%1&#xa0;» est en retard&#xa0;: il n’a jamais été sauvegardé.</translation>
    </message>
    <message>
        <source>Scheduled backups are paused; “Back up now” still works.</source>
        <translation>Les sauvegardes planifiées sont suspendues&#xa0;; «&#xa0;Sauvegarder maintenant&#xa0;» fonctionne toujours.</translation>
    </message>
    <message>
        <source>Backing up now.</source>
        <translation>Sauvegarde en cours.</translation>
    </message>
    <message>
        <source>The run of %1 failed: %2</source>
        <translation>Échec de l’exécution (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Overdue: the last verified backup is from %1; the schedule wanted the next one %2.</source>
        <translation>En retard&#xa0;: dernière sauvegarde vérifiée %1&#xa0;; la planification prévoyait la suivante %2.</translation>
    </message>
    <message>
        <source>Not backed up yet: click “Back up now” for the first backup.</source>
        <translation>Pas encore sauvegardé&#xa0;: cliquez sur «&#xa0;Sauvegarder maintenant&#xa0;» pour faire la première sauvegarde.</translation>
    </message>
    <message>
        <source>Up to date: verified backup of %1 (%2).</source>
        <translation>À jour&#xa0;: sauvegarde vérifiée %1 (%2).</translation>
    </message>
    <message>
        <source>Not backed up yet.</source>
        <translation>Pas encore sauvegardé.</translation>
    </message>
    <message>
        <source>Waiting for the internet (the system reports no connection); Coffre tries anyway %1.</source>
        <translation>En attente d’Internet (le système ne signale aucune connexion)&#xa0;; Coffre essaiera quand même %1.</translation>
    </message>
    <message>
        <source>Waiting for the network to come back after sleep; the backup starts %1.</source>
        <translation>En attente du retour du réseau après la mise en veille&#xa0;; la sauvegarde démarrera %1.</translation>
    </message>
    <message>
        <source>The connection is metered: scheduled backups of this profile wait for another one. “Back up now” still works.</source>
        <translation>La connexion est limitée&#xa0;: les sauvegardes planifiées de ce profil attendent une autre connexion. «&#xa0;Sauvegarder maintenant&#xa0;» fonctionne toujours.</translation>
    </message>
    <message>
        <source>, not over metered connections</source>
        <translation>, sauf sur une connexion limitée</translation>
    </message>
    <message numerus="yes">
        <source>; and %n pinned backup(s)</source>
        <translation>
            <numerusform>&#xa0;; et %n sauvegarde épinglée</numerusform>
            <numerusform>&#xa0;; et %n sauvegardes épinglées</numerusform>
        </translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation>Rappels reportés jusqu’à %1.</translation>
    </message>
    <message>
        <source>A notification every day until this is fixed.</source>
        <translation>Une notification chaque jour jusqu’à ce que le problème soit réglé.</translation>
    </message>
    <message>
        <source>Change the snooze</source>
        <translation>Modifier le report</translation>
    </message>
    <message>
        <source>Backing up “%1”</source>
        <translation>Sauvegarde de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1… %2 %</source>
        <translation>%1… %2&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up “%1”: %2 (%3), verified.</source>
        <translation>Sauvegarde de «&#xa0;%1&#xa0;» terminée&#xa0;: %2 (%3), vérifiée.</translation>
    </message>
    <message>
        <source>The backup of “%1” was cancelled; nothing was deleted.</source>
        <translation>La sauvegarde de «&#xa0;%1&#xa0;» a été annulée&#xa0;; rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>The backup of “%1” failed: %2</source>
        <translation>La sauvegarde de «&#xa0;%1&#xa0;» a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Coffre::MultipartUploadDevice</name>
    <message>
        <source>the upload body can only be read</source>
        <translation>le contenu de l’envoi est en lecture seule</translation>
    </message>
    <message>
        <source>the file became shorter while uploading</source>
        <translation>le fichier a raccourci pendant l’envoi</translation>
    </message>
</context>
<context>
    <name>Coffre::ProfileEditor</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>New backup profile</source>
        <translation>Nouveau profil de sauvegarde</translation>
    </message>
    <message>
        <source>What and where</source>
        <translation>Quoi et où</translation>
    </message>
    <message>
        <source>e.g. Photos</source>
        <translation>ex.&#xa0;: Photos</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Folders:</source>
        <translation>Dossiers&#xa0;:</translation>
    </message>
    <message>
        <source>One pattern per line, e.g. *.tmp or node_modules/</source>
        <translation>Un motif par ligne, par exemple *.tmp ou node_modules/</translation>
    </message>
    <message>
        <source>Exclude:</source>
        <translation>Exclure&#xa0;:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>1fichier folder:</source>
        <translation>Dossier 1fichier&#xa0;:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Only when I click “Back up now”</source>
        <translation>Seulement quand je clique sur «&#xa0;Sauvegarder maintenant&#xa0;»</translation>
    </message>
    <message>
        <source>Every few hours</source>
        <translation>Toutes les N heures</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>On some days of the week</source>
        <translation>Certains jours de la semaine</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Planification&#xa0;:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Intervalle&#xa0;:</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Jours&#xa0;:</translation>
    </message>
    <message>
        <source>Notify me when a backup succeeds too</source>
        <translation>Me prévenir aussi quand une sauvegarde réussit</translation>
    </message>
    <message>
        <source>Which backups to keep</source>
        <translation>Sauvegardes à conserver</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>e.g. 30d, 6m, 1y</source>
        <translation>ex.&#xa0;: 30d, 6m, 1y</translation>
    </message>
    <message>
        <source>All within:</source>
        <translation>Toutes sur une durée de&#xa0;:</translation>
    </message>
    <message>
        <source>0 = rule off. With every rule off, all backups are kept.</source>
        <translation>0 = règle désactivée. Si toutes les règles sont désactivées, toutes les sauvegardes sont conservées.</translation>
    </message>
    <message>
        <source>Preview on 1fichier</source>
        <translation>Aperçu sur 1fichier</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Folder to back up</source>
        <translation>Dossier à sauvegarder</translation>
    </message>
    <message>
        <source>Keep within: %1</source>
        <translation>Durée de conservation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connect to 1fichier (API key) to see the preview.</source>
        <translation>Connectez-vous à 1fichier (clé API) pour voir l’aperçu.</translation>
    </message>
    <message>
        <source>Type a folder such as /Backups/Photos.</source>
        <translation>Saisissez un dossier, par exemple /Sauvegardes/Photos.</translation>
    </message>
    <message>
        <source>Reading %1 on 1fichier…</source>
        <translation>Lecture de %1 sur 1fichier…</translation>
    </message>
    <message>
        <source>%1 does not exist yet: the first backup creates it.</source>
        <translation>%1 n’existe pas encore&#xa0;: la première sauvegarde le créera.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not list %1: %2</source>
        <translation>Impossible de lister %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No backup of this profile in %1 yet.</source>
        <translation>Aucune sauvegarde de ce profil dans %1 pour l’instant.</translation>
    </message>
    <message>
        <source>e.g. /Backups/Photos</source>
        <translation>ex.&#xa0;: /Sauvegardes/Photos</translation>
    </message>
    <message>
        <source>None — store files as they are (fastest)</source>
        <translation>Aucune — fichiers stockés tels quels (la plus rapide)</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Rapide</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Maximum — smallest archives (slowest)</source>
        <translation>Maximale — archives les plus petites (la plus lente)</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>Compression:</source>
        <translation>Compression&#xa0;:</translation>
    </message>
    <message>
        <source>Not over a metered connection (mobile data, hotspot)</source>
        <translation>Éviter les connexions limitées (données mobiles, point d’accès)</translation>
    </message>
    <message>
        <source>Scheduled backups wait for another connection; “Back up now” always runs.</source>
        <translation>Les sauvegardes planifiées attendent une autre connexion&#xa0;; «&#xa0;Sauvegarder maintenant&#xa0;» fonctionne toujours.</translation>
    </message>
    <message>
        <source>This system does not say which connections are metered (it needs NetworkManager): scheduled backups run on any connection.</source>
        <translation>Ce système n’indique pas quelles connexions sont limitées (il faut NetworkManager)&#xa0;: les sauvegardes planifiées s’exécutent sur n’importe quelle connexion.</translation>
    </message>
    <message>
        <source>Backup date</source>
        <translation>Date de sauvegarde</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%n sauvegarde dans %1</numerusform>
            <numerusform>%n sauvegardes dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>%n conservée</numerusform>
            <numerusform>%n conservées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted by the next run</source>
        <translation>
            <numerusform>%n supprimée à la prochaine exécution</numerusform>
            <numerusform>%n supprimées à la prochaine exécution</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) in the folder, never touched.</source>
        <translation>
            <numerusform>%n autre fichier dans le dossier, auquel Coffre ne touche jamais.</numerusform>
            <numerusform>%n autres fichiers dans le dossier, auxquels Coffre ne touche jamais.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last:</source>
        <translation>Dernières&#xa0;:</translation>
    </message>
    <message>
        <source>Hourly:</source>
        <translation>Par heure&#xa0;:</translation>
    </message>
    <message>
        <source>Daily:</source>
        <translation>Par jour&#xa0;:</translation>
    </message>
    <message>
        <source>Weekly:</source>
        <translation>Par semaine&#xa0;:</translation>
    </message>
    <message>
        <source>Monthly:</source>
        <translation>Par mois&#xa0;:</translation>
    </message>
    <message>
        <source>Yearly:</source>
        <translation>Par an&#xa0;:</translation>
    </message>
    <message>
        <source>held back: the folder listing may be incomplete</source>
        <translation>conservée par précaution&#xa0;: la liste du dossier est peut-être incomplète</translation>
    </message>
</context>
<context>
    <name>Coffre::RemoteBrowser</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglée</translation>
    </message>
    <message>
        <source>Restore to…</source>
        <translation>Restaurer dans…</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reading %1 on 1fichier…</source>
        <translation>Lecture de %1 sur 1fichier…</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>épinglée</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Delete backup</source>
        <translation>Supprimer la sauvegarde</translation>
    </message>
    <message>
        <source>Delete %1 from 1fichier? It cannot be brought back.</source>
        <translation>Supprimer %1 de 1fichier&#xa0;? Elle ne pourra pas être récupérée.</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>Suppression de %1…</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>Restaurer dans</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <source>Extracting…</source>
        <translation>Extraction…</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n file(s) into %1.</source>
        <translation>
            <numerusform>%n fichier restauré dans %1.</numerusform>
            <numerusform>%n fichiers restaurés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore cancelled.</source>
        <translation>Restauration annulée.</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>Échec de la restauration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backups of “%1”</source>
        <translation>Sauvegardes de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups of “%1”&lt;/b&gt; in &lt;b&gt;%2&lt;/b&gt; on 1fichier</source>
        <translation>&lt;b&gt;Sauvegardes de «&#xa0;%1&#xa0;»&lt;/b&gt; dans &lt;b&gt;%2&lt;/b&gt; sur 1fichier</translation>
    </message>
    <message>
        <source>File on 1fichier</source>
        <translation>Fichier sur 1fichier</translation>
    </message>
    <message>
        <source>A pinned backup is never deleted by the retention rules</source>
        <translation>Une sauvegarde épinglée n’est jamais supprimée par les règles de conservation</translation>
    </message>
    <message>
        <source>Open the file&apos;s 1fichier page in the browser</source>
        <translation>Ouvrir la page 1fichier du fichier dans le navigateur</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>No backups yet: %1 does not exist on 1fichier.
The first backup creates it.</source>
        <translation>Aucune sauvegarde pour l’instant&#xa0;: %1 n’existe pas sur 1fichier.
La première sauvegarde le créera.</translation>
    </message>
    <message>
        <source>Could not read %1 on 1fichier.</source>
        <translation>Impossible de lire %1 sur 1fichier.</translation>
    </message>
    <message>
        <source>No backups of “%1” in %2 yet.</source>
        <translation>Aucune sauvegarde de «&#xa0;%1&#xa0;» dans %2 pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n sauvegarde</numerusform>
            <numerusform>%n sauvegardes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>%1 au total</translation>
    </message>
    <message numerus="yes">
        <source>%n pinned</source>
        <translation>
            <numerusform>%n épinglée</numerusform>
            <numerusform>%n épinglées</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>1fichier lists at most %1 files at once and this folder reached that: some backups may be missing from this list.</source>
        <translation>1fichier liste au plus %1 fichiers à la fois et ce dossier atteint cette limite&#xa0;: des sauvegardes peuvent manquer dans cette liste.</translation>
    </message>
</context>
<context>
    <name>Coffre::RemoteFolderPicker</name>
    <message>
        <source>Choose a 1fichier folder</source>
        <translation>Choisir un dossier 1fichier</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <source>Use this folder</source>
        <translation>Utiliser ce dossier</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>.. (up)</source>
        <translation>.. (dossier parent)</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Nom du nouveau dossier dans %1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Coffre::RestoreRun</name>
    <message>
        <source>No 1fichier connection is set up.</source>
        <translation>Aucune connexion à 1fichier n’est configurée.</translation>
    </message>
    <message>
        <source>Cannot create the folder for downloads: %1.</source>
        <translation>Impossible de créer le dossier des téléchargements&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The restore was cancelled.</source>
        <translation>La restauration a été annulée.</translation>
    </message>
    <message>
        <source>Not enough free space in %1 to download the backup: %2 are needed, %3 are free.</source>
        <translation>Pas assez d’espace libre dans %1 pour télécharger la sauvegarde&#xa0;: il faut %2, mais seuls %3 sont libres.</translation>
    </message>
</context>
<context>
    <name>Coffre::SettingsDialog</name>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Use another key…</source>
        <translation>Utiliser une autre clé…</translation>
    </message>
    <message>
        <source>Closing the window keeps Coffre running in the tray</source>
        <translation>Fermer la fenêtre laisse Coffre actif dans la zone de notification</translation>
    </message>
    <message>
        <source>Connecting to 1fichier…</source>
        <translation>Connexion à 1fichier…</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>La connexion a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Forget the API key</source>
        <translation>Oublier la clé API</translation>
    </message>
    <message>
        <source>Remove the API key from the keychain? Scheduled backups stop until you enter a key again.</source>
        <translation>Retirer la clé API du trousseau&#xa0;? Les sauvegardes planifiées s’arrêteront jusqu’à ce que vous saisissiez de nouveau une clé.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>Le trousseau a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Coffre Settings</source>
        <translation>Paramètres de Coffre</translation>
    </message>
    <message>
        <source>1fichier account</source>
        <translation>Compte 1fichier</translation>
    </message>
    <message>
        <source>Coffre has your API key (kept in the system keychain).</source>
        <translation>Coffre dispose de votre clé API (conservée dans le trousseau de clés du système).</translation>
    </message>
    <message>
        <source>No API key yet.</source>
        <translation>Pas encore de clé API.</translation>
    </message>
    <message>
        <source>Forget the key…</source>
        <translation>Oublier la clé…</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>(default %1 ms)</source>
        <translation>(%1 ms par défaut)</translation>
    </message>
    <message>
        <source>Time between requests:</source>
        <translation>Délai entre les requêtes&#xa0;:</translation>
    </message>
    <message>
        <source>1fichier accepts at most 3 requests a second (%1 ms apart) and blocks accounts that send more. A longer gap is gentler when other tools use the same account; it also applies to “coffre run”.</source>
        <translation>1fichier accepte au plus 3 requêtes par seconde (espacées de %1 ms) et bloque les comptes qui en envoient davantage. Un délai plus long laisse de la marge aux autres outils qui utilisent le même compte&#xa0;; il s’applique aussi à «&#xa0;coffre run&#xa0;».</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Start Coffre when I log in (in the tray, without the window)</source>
        <translation>Lancer Coffre à l’ouverture de session (dans la zone de notification, sans la fenêtre)</translation>
    </message>
    <message>
        <source>There is no system tray right now: closing the window quits Coffre.</source>
        <translation>Aucune zone de notification n’est disponible pour l’instant&#xa0;: fermer la fenêtre quitte Coffre.</translation>
    </message>
    <message>
        <source>Remind me of failed or overdue backups (once a day until fixed)</source>
        <translation>Me rappeler les sauvegardes en échec ou en retard (une fois par jour jusqu’à résolution)</translation>
    </message>
    <message>
        <source>The key works: connected to %1.</source>
        <translation>La clé fonctionne&#xa0;: connecté à %1.</translation>
    </message>
</context>
<context>
    <name>Coffre::TrayController</name>
    <message>
        <source>Coffre</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Open Coffre</source>
        <translation>Ouvrir Coffre</translation>
    </message>
    <message>
        <source>Pause schedules</source>
        <translation>Suspendre les planifications</translation>
    </message>
    <message>
        <source>Backing up “%1”…</source>
        <translation>Sauvegarde de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) failed</source>
        <translation>
            <numerusform>%n sauvegarde en échec</numerusform>
            <numerusform>%n sauvegardes en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) overdue</source>
        <translation>
            <numerusform>%n sauvegarde en retard</numerusform>
            <numerusform>%n sauvegardes en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled backups paused</source>
        <translation>Sauvegardes planifiées suspendues</translation>
    </message>
    <message>
        <source>No backup profiles yet</source>
        <translation>Aucun profil de sauvegarde pour l’instant</translation>
    </message>
    <message>
        <source>All backups up to date</source>
        <translation>Toutes les sauvegardes sont à jour</translation>
    </message>
    <message>
        <source>Coffre: %1</source>
        <translation>Coffre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Quit Coffre</source>
        <translation>Quitter Coffre</translation>
    </message>
</context>
<context>
    <name>Coffre::UploadConnection</name>
    <message>
        <source>the file being uploaded cannot be read: %1</source>
        <translation>le fichier en cours d’envoi ne peut pas être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Coffre::WelcomePage</name>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>free account</source>
        <translation>compte gratuit</translation>
    </message>
    <message>
        <source>unknown offer</source>
        <translation>offre inconnue</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Coffre&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Coffre&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Coffre keeps zipped backups of your folders on your 1fichier account. To reach the account it needs your &lt;b&gt;API key&lt;/b&gt;: a 32-character code that lets Coffre list, upload and delete files for you, without your password.&lt;br&gt;&lt;br&gt;Create or copy it on the 1fichier console, in &lt;a href=&quot;https://1fichier.com/console/params.pl&quot;&gt;Parameters → API key&lt;/a&gt;, then paste it below. Coffre keeps it in your system keychain.</source>
        <translation>Coffre conserve des sauvegardes compressées de vos dossiers sur votre compte 1fichier. Pour accéder au compte, il lui faut votre &lt;b&gt;clé API&lt;/b&gt;&#xa0;: un code de 32 caractères qui permet à Coffre de lister, d’envoyer et de supprimer des fichiers pour vous, sans votre mot de passe.&lt;br&gt;&lt;br&gt;Créez-la ou copiez-la dans la console 1fichier, sous &lt;a href=&quot;https://1fichier.com/console/params.pl&quot;&gt;Paramètres → Clé API&lt;/a&gt;, puis collez-la ci-dessous. Coffre la conserve dans le trousseau de clés de votre système.</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>Collez votre clé API</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clé API&#xa0;:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Enregistrer et continuer</translation>
    </message>
    <message>
        <source>The key</source>
        <translation>La clé</translation>
    </message>
    <message>
        <source>Connecting to 1fichier…</source>
        <translation>Connexion à 1fichier…</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>La connexion a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving the key in the keychain…</source>
        <translation>Enregistrement de la clé dans le trousseau…</translation>
    </message>
    <message>
        <source>The key could not be saved: %1</source>
        <translation>La clé n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>✓ Connected to %1 (%2). Save the key to continue.</source>
        <translation>✓ Connecté à %1 (%2). Enregistrez la clé pour continuer.</translation>
    </message>
</context>
<context>
    <name>ExcludeMatcher</name>
    <message>
        <source>The exclude pattern &apos;%1&apos; matches nothing.</source>
        <translation>Le motif d’exclusion «&#xa0;%1&#xa0;» ne correspond à rien.</translation>
    </message>
    <message>
        <source>The exclude pattern &apos;%1&apos; is not valid.</source>
        <translation>Le motif d’exclusion «&#xa0;%1&#xa0;» n’est pas valide.</translation>
    </message>
</context>
<context>
    <name>ExtractionTarget</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be opened: %2.</source>
        <translation>Le dossier %1 ne peut pas être ouvert&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: %2.</source>
        <translation>Le dossier %1 ne peut pas être créé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; Coffre does not write through links.</source>
        <translation>%1 est un lien symbolique&#xa0;; Coffre n’écrit jamais à travers un lien.</translation>
    </message>
    <message>
        <source>%1 is a file where the archive has a folder.</source>
        <translation>%1 est un fichier là où l’archive contient un dossier.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2.</source>
        <translation>%1 ne peut pas être créé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Not enough space in %1 to extract the archive.</source>
        <translation>Pas assez d’espace dans %1 pour extraire l’archive.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 already exists; Coffre does not replace it.</source>
        <translation>%1 existe déjà&#xa0;; Coffre ne le remplace pas.</translation>
    </message>
    <message>
        <source>%1 is not a plain path; Coffre does not write it.</source>
        <translation>%1 n’est pas un chemin simple&#xa0;; Coffre ne l’écrit pas.</translation>
    </message>
</context>
<context>
    <name>FichierConfig</name>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse valide</translation>
    </message>
    <message>
        <source>the URL must not contain a user name or password</source>
        <translation>l’adresse ne doit contenir ni nom d’utilisateur ni mot de passe</translation>
    </message>
    <message>
        <source>plain http is only allowed to this computer (127.0.0.1, ::1, localhost); use https for %1</source>
        <translation>le http non chiffré n’est permis que vers cet ordinateur (127.0.0.1, ::1, localhost)&#xa0;; utilisez https pour %1</translation>
    </message>
    <message>
        <source>the URL scheme must be https, not &apos;%1&apos;</source>
        <translation>l’adresse doit commencer par https, pas par «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>API URL: %1</source>
        <translation>adresse de l’API&#xa0;: %1</translation>
    </message>
    <message>
        <source>no API key is set</source>
        <translation>aucune clé API n’est définie</translation>
    </message>
    <message>
        <source>the API key contains characters 1fichier never uses</source>
        <translation>la clé API contient des caractères que 1fichier n’utilise jamais</translation>
    </message>
</context>
<context>
    <name>FichierError</name>
    <message>
        <source>The 1fichier connection settings are not usable: %1.</source>
        <translation>Les paramètres de connexion à 1fichier ne sont pas utilisables&#xa0;: %1.</translation>
    </message>
    <message>
        <source>API key rejected — generate a new one at https://1fichier.com/console/params.pl and store it with &apos;coffre key set&apos;.</source>
        <translation>Clé API refusée&#xa0;: créez-en une nouvelle sur https://1fichier.com/console/params.pl et enregistrez-la avec «&#xa0;coffre key set&#xa0;».</translation>
    </message>
    <message>
        <source>This 1fichier account has no Premium or Access subscription, which the API requires — renew it on 1fichier.com.</source>
        <translation>Ce compte 1fichier n’a pas d’abonnement Premium ou Access, indispensable pour l’API&#xa0;: renouvelez-le sur 1fichier.com.</translation>
    </message>
    <message>
        <source>1fichier is limiting requests from this computer and the limit outlasted Coffre&apos;s waiting — try again in a few minutes.</source>
        <translation>1fichier limite les requêtes de cet ordinateur, et la limite a duré plus longtemps que ce que Coffre peut attendre&#xa0;: réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The file or folder does not exist on 1fichier (any more).</source>
        <translation>Le fichier ou le dossier n’existe pas (ou plus) sur 1fichier.</translation>
    </message>
    <message>
        <source>1fichier refused access to this file or folder (locked, private or restricted).</source>
        <translation>1fichier a refusé l’accès à ce fichier ou à ce dossier (verrouillé, privé ou restreint).</translation>
    </message>
    <message>
        <source>Your 1fichier account is in use from another IP address — wait five minutes and try again.</source>
        <translation>Votre compte 1fichier est utilisé depuis une autre adresse IP&#xa0;: attendez cinq minutes et réessayez.</translation>
    </message>
    <message>
        <source>1fichier refused the request.</source>
        <translation>1fichier a refusé la requête.</translation>
    </message>
    <message>
        <source>1fichier could not be reached — check the internet connection and try again.</source>
        <translation>Impossible de joindre 1fichier&#xa0;: vérifiez la connexion à Internet et réessayez.</translation>
    </message>
    <message>
        <source>The secure connection to 1fichier failed (certificate or TLS error) — check the system clock and network; Coffre never connects insecurely.</source>
        <translation>La connexion sécurisée à 1fichier a échoué (erreur de certificat ou TLS)&#xa0;: vérifiez l’horloge du système et le réseau&#xa0;; Coffre ne se connecte jamais sans chiffrement.</translation>
    </message>
    <message>
        <source>1fichier kept answering with a server error — try again later.</source>
        <translation>1fichier a répondu à plusieurs reprises par une erreur du serveur&#xa0;: réessayez plus tard.</translation>
    </message>
    <message>
        <source>1fichier sent a reply Coffre does not understand — try again later, and update Coffre if it persists.</source>
        <translation>1fichier a envoyé une réponse que Coffre ne comprend pas&#xa0;: réessayez plus tard, et mettez Coffre à jour si le problème persiste.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The file is larger than 300 GB, the most 1fichier accepts per file — split it into smaller backups.</source>
        <translation>Le fichier dépasse 300 Go, le maximum accepté par 1fichier pour un fichier&#xa0;: répartissez-le en sauvegardes plus petites.</translation>
    </message>
    <message>
        <source>The file is empty; 1fichier does not accept 0-byte files.</source>
        <translation>Le fichier est vide&#xa0;; 1fichier n’accepte pas les fichiers de 0 octet.</translation>
    </message>
    <message>
        <source>A local file could not be read or written: %1.</source>
        <translation>Un fichier local n’a pas pu être lu ou écrit&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The transfer did not arrive intact (size or Whirlpool checksum differs), so it was not kept — try again.</source>
        <translation>Le transfert n’est pas arrivé intact (la taille ou la somme de contrôle Whirlpool diffère)&#xa0;; il n’a donc pas été conservé&#xa0;: réessayez.</translation>
    </message>
    <message>
        <source>This name or path cannot be used on 1fichier: %1.</source>
        <translation>Ce nom ou ce chemin ne peut pas être utilisé sur 1fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>(1fichier said: &quot;%1&quot;)</source>
        <translation>(réponse de 1fichier&#xa0;: «&#xa0;%1&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>HealthReminders</name>
    <message>
        <source>The reminder state %1 cannot be read; reminders start afresh.</source>
        <translation>Le fichier d’état des rappels %1 ne peut pas être lu&#xa0;; les rappels repartent de zéro.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
</context>
<context>
    <name>KeyForgetCommand</name>
    <message>
        <source>Remove your 1fichier API key from the OS keychain.</source>
        <translation>Retirer votre clé API 1fichier du trousseau de clés du système.</translation>
    </message>
    <message>
        <source>&apos;coffre key forget&apos; takes no arguments.</source>
        <translation>«&#xa0;coffre key forget&#xa0;» ne prend pas d’argument.</translation>
    </message>
    <message>
        <source>API key removed from the OS keychain.</source>
        <translation>Clé API retirée du trousseau de clés du système.</translation>
    </message>
    <message>
        <source>There was no API key in the OS keychain; nothing to remove.</source>
        <translation>Il n’y avait pas de clé API dans le trousseau de clés du système&#xa0;; rien à retirer.</translation>
    </message>
    <message>
        <source>coffre: note: COFFRE_API_KEY is still set in this environment; Coffre will keep using it.</source>
        <translation>coffre&#xa0;: remarque&#xa0;: COFFRE_API_KEY est toujours définie dans cet environnement&#xa0;; Coffre continuera de l’utiliser.</translation>
    </message>
</context>
<context>
    <name>KeySetCommand</name>
    <message>
        <source>Check your 1fichier API key and store it in the OS keychain (reads it from standard input).</source>
        <translation>Vérifier votre clé API 1fichier et l’enregistrer dans le trousseau de clés du système (elle est lue sur l’entrée standard).</translation>
    </message>
    <message>
        <source>&apos;coffre key set&apos; takes no arguments: it reads the key from standard input, because arguments show in the process list. Example: coffre key set &lt; keyfile</source>
        <translation>«&#xa0;coffre key set&#xa0;» ne prend pas d’argument&#xa0;: la clé est lue sur l’entrée standard, car les arguments sont visibles dans la liste des processus. Exemple&#xa0;: coffre key set &lt; fichier-de-clé</translation>
    </message>
    <message>
        <source>1fichier API key (input hidden): </source>
        <translation>Clé API 1fichier (saisie masquée)&#xa0;: </translation>
    </message>
    <message>
        <source>no key on standard input. Type it when asked, or pipe it in: coffre key set &lt; keyfile</source>
        <translation>aucune clé sur l’entrée standard. Saisissez-la quand elle est demandée, ou transmettez-la par un tube&#xa0;: coffre key set &lt; fichier-de-clé</translation>
    </message>
    <message>
        <source>the key on standard input</source>
        <translation>la clé lue sur l’entrée standard</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>coffre: warning: the key could not be verified: %1 It is stored anyway.</source>
        <translation>coffre&#xa0;: avertissement&#xa0;: la clé n’a pas pu être vérifiée&#xa0;: %1 Elle est tout de même enregistrée.</translation>
    </message>
    <message>
        <source>API key verified: it opens the 1fichier account %1.</source>
        <translation>Clé API vérifiée&#xa0;: elle ouvre le compte 1fichier %1.</translation>
    </message>
    <message>
        <source>API key stored in the OS keychain, replacing the previous one (service &apos;%1&apos;, key &apos;%2&apos;).</source>
        <translation>Clé API enregistrée dans le trousseau de clés du système, à la place de la précédente (service «&#xa0;%1&#xa0;», clé «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>API key stored in the OS keychain (service &apos;%1&apos;, key &apos;%2&apos;).</source>
        <translation>Clé API enregistrée dans le trousseau de clés du système (service «&#xa0;%1&#xa0;», clé «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>coffre: note: COFFRE_API_KEY is set in this environment and takes precedence over the keychain.</source>
        <translation>coffre&#xa0;: remarque&#xa0;: COFFRE_API_KEY est définie dans cet environnement et prime sur le trousseau.</translation>
    </message>
</context>
<context>
    <name>KeyTestCommand</name>
    <message>
        <source>Show where the API key comes from and the 1fichier account it opens.</source>
        <translation>Indiquer d’où vient la clé API et le compte 1fichier qu’elle ouvre.</translation>
    </message>
    <message>
        <source>&apos;coffre key test&apos; takes no arguments.</source>
        <translation>«&#xa0;coffre key test&#xa0;» ne prend pas d’argument.</translation>
    </message>
    <message>
        <source>Key source:    %1</source>
        <translation>Source de la clé&#xa0;:  %1</translation>
    </message>
    <message>
        <source>Account:       %1</source>
        <translation>Compte&#xa0;:            %1</translation>
    </message>
    <message>
        <source>(no email given)</source>
        <translation>(aucune adresse e-mail fournie)</translation>
    </message>
    <message>
        <source>Offer:         %1</source>
        <translation>Offre&#xa0;:             %1</translation>
    </message>
    <message>
        <source>Storage used:  %1</source>
        <translation>Espace utilisé&#xa0;:    %1</translation>
    </message>
    <message>
        <source>Uploads:       refused by 1fichier (quota reached or account blocked)</source>
        <translation>Envois&#xa0;:            refusés par 1fichier (quota atteint ou compte bloqué)</translation>
    </message>
</context>
<context>
    <name>KeychainError</name>
    <message>
        <source>cannot reach the OS keychain: DBUS_SESSION_BUS_ADDRESS is not set, so there is no D-Bus session bus to find it on (usual under cron, ssh and su).</source>
        <translation>impossible de joindre le trousseau de clés du système&#xa0;: DBUS_SESSION_BUS_ADDRESS n’est pas définie, il n’y a donc pas de bus de session D-Bus où le trouver (c’est le cas habituel sous cron, ssh et su).</translation>
    </message>
    <message>
        <source>cannot reach the OS keychain: the D-Bus session bus does not answer (%1).</source>
        <translation>impossible de joindre le trousseau de clés du système&#xa0;: le bus de session D-Bus ne répond pas (%1).</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>pas de détails</translation>
    </message>
    <message>
        <source>cannot reach the OS keychain: no keyring service (gnome-keyring, KWallet or another Secret Service) runs on the D-Bus session bus.</source>
        <translation>impossible de joindre le trousseau de clés du système&#xa0;: aucun service de trousseau (gnome-keyring, KWallet ou un autre Secret Service) ne tourne sur le bus de session D-Bus.</translation>
    </message>
    <message>
        <source>the OS keychain has no default keyring to keep the key in (log in to the desktop session once, or create one in Passwords and Keys / Seahorse).</source>
        <translation>le trousseau de clés du système n’a pas de trousseau par défaut où ranger la clé (ouvrez une fois une session de bureau, ou créez-en un dans Mots de passe et clés / Seahorse).</translation>
    </message>
    <message>
        <source>the OS keychain is locked.</source>
        <translation>le trousseau de clés du système est verrouillé.</translation>
    </message>
    <message>
        <source>the OS keychain refused access to Coffre&apos;s entry (%1).</source>
        <translation>le trousseau de clés du système a refusé l’accès à l’entrée de Coffre (%1).</translation>
    </message>
    <message>
        <source>the OS keychain did not answer in time (the keyring daemon may be hung or waiting for an unlock prompt).</source>
        <translation>le trousseau de clés du système n’a pas répondu à temps (le démon du trousseau est peut-être bloqué ou attend une demande de déverrouillage).</translation>
    </message>
    <message>
        <source>the OS keychain failed: %1.</source>
        <translation>le trousseau de clés du système a échoué&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Unlock your keyring (log in to the desktop session), or, for cron, give the key in COFFRE_API_KEY or in a key file with mode 0600 (--api-key-file PATH), or run Coffre from a systemd user timer, which has the session bus.</source>
        <translation>Déverrouillez votre trousseau (en ouvrant la session de bureau), ou, pour cron, indiquez la clé dans COFFRE_API_KEY ou dans un fichier de clé aux droits 0600 (--api-key-file CHEMIN), ou lancez Coffre depuis un minuteur utilisateur systemd, qui a accès au bus de session.</translation>
    </message>
</context>
<context>
    <name>PathsCommand</name>
    <message>
        <source>Show where Coffre keeps its profiles, history and temporary archives.</source>
        <translation>Indiquer où Coffre range ses profils, son historique et ses archives temporaires.</translation>
    </message>
    <message>
        <source>&apos;coffre paths&apos; takes no arguments.</source>
        <translation>«&#xa0;coffre paths&#xa0;» ne prend pas d’argument.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Le profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Le nom dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; must not start or end with a space.</source>
        <translation>Le nom «&#xa0;%1&#xa0;» ne doit ni commencer ni finir par une espace.</translation>
    </message>
    <message>
        <source>The name must not contain control characters.</source>
        <translation>Le nom ne doit pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; needs at least one letter from A to Z or a digit: it names the archives.</source>
        <translation>Le nom «&#xa0;%1&#xa0;» doit contenir au moins une lettre de A à Z ou un chiffre&#xa0;: il sert à nommer les archives.</translation>
    </message>
    <message>
        <source>Add at least one source folder.</source>
        <translation>Ajoutez au moins un dossier source.</translation>
    </message>
    <message>
        <source>A source folder is empty.</source>
        <translation>Un dossier source est vide.</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; is not an absolute path.</source>
        <translation>La source «&#xa0;%1&#xa0;» n’est pas un chemin absolu.</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; is listed twice.</source>
        <translation>La source «&#xa0;%1&#xa0;» figure deux fois.</translation>
    </message>
    <message>
        <source>An exclude pattern is empty.</source>
        <translation>Un motif d’exclusion est vide.</translation>
    </message>
    <message>
        <source>The remote folder &quot;%1&quot; must start with / (the root of your 1fichier account).</source>
        <translation>Le dossier distant «&#xa0;%1&#xa0;» doit commencer par / (la racine de votre compte 1fichier).</translation>
    </message>
    <message>
        <source>The remote folder &quot;%1&quot; has an empty folder name (//).</source>
        <translation>Le dossier distant «&#xa0;%1&#xa0;» contient un nom de dossier vide (//).</translation>
    </message>
    <message>
        <source>The remote folder &quot;%1&quot; must not contain . or .. as a folder name.</source>
        <translation>Le dossier distant «&#xa0;%1&#xa0;» ne doit pas contenir . ou .. comme nom de dossier.</translation>
    </message>
    <message>
        <source>The remote folder name &quot;%1&quot; must not start or end with a space.</source>
        <translation>Le nom de dossier distant «&#xa0;%1&#xa0;» ne doit ni commencer ni finir par une espace.</translation>
    </message>
    <message>
        <source>The remote folder name &quot;%1...&quot; is longer than %2 characters, 1fichier&apos;s limit.</source>
        <translation>Le nom de dossier distant «&#xa0;%1...&#xa0;» dépasse %2 caractères, la limite de 1fichier.</translation>
    </message>
    <message>
        <source>The remote folder name &quot;%1&quot; contains a control character.</source>
        <translation>Le nom de dossier distant «&#xa0;%1&#xa0;» contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>The remote folder name &quot;%1&quot; contains %2, which 1fichier does not allow (nor any of %3).</source>
        <translation>Le nom de dossier distant «&#xa0;%1&#xa0;» contient %2, que 1fichier n’accepte pas (ni aucun de %3).</translation>
    </message>
    <message>
        <source>The compression level must be from 0 (store) to 9 (smallest); it is %1.</source>
        <translation>Le niveau de compression doit aller de 0 (aucune) à 9 (la plus forte)&#xa0;; il vaut %1.</translation>
    </message>
    <message>
        <source>A pinned backup has an empty address.</source>
        <translation>Une sauvegarde épinglée a une adresse vide.</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is missing</source>
        <translation>le champ «&#xa0;%1&#xa0;» est absent</translation>
    </message>
    <message>
        <source>&apos;name&apos; must be a text</source>
        <translation>«&#xa0;name&#xa0;» doit être un texte</translation>
    </message>
    <message>
        <source>&apos;sources&apos; must be a list of folder paths</source>
        <translation>«&#xa0;sources&#xa0;» doit être une liste de chemins de dossiers</translation>
    </message>
    <message>
        <source>&apos;excludes&apos; must be a list of patterns</source>
        <translation>«&#xa0;excludes&#xa0;» doit être une liste de motifs</translation>
    </message>
    <message>
        <source>&apos;remote&apos; must be a folder path text</source>
        <translation>«&#xa0;remote&#xa0;» doit être un chemin de dossier (texte)</translation>
    </message>
    <message>
        <source>&apos;level&apos; must be a whole number from 0 to 9</source>
        <translation>«&#xa0;level&#xa0;» doit être un nombre entier de 0 à 9</translation>
    </message>
    <message>
        <source>&apos;schedule&apos;: %1</source>
        <translation>«&#xa0;schedule&#xa0;»&#xa0;: %1</translation>
    </message>
    <message>
        <source>&apos;schedule&apos; must be a text</source>
        <translation>«&#xa0;schedule&#xa0;» doit être un texte</translation>
    </message>
    <message>
        <source>&apos;retention&apos; must be an object such as {&quot;daily&quot;: 7}</source>
        <translation>«&#xa0;retention&#xa0;» doit être un objet tel que {&quot;daily&quot;: 7}</translation>
    </message>
    <message>
        <source>&apos;unreadable&apos; must be &quot;skip&quot; or &quot;fail&quot;</source>
        <translation>«&#xa0;unreadable&#xa0;» doit valoir &quot;skip&quot; ou &quot;fail&quot;</translation>
    </message>
    <message>
        <source>&apos;symlinks&apos; must be &quot;store&quot; or &quot;follow&quot;</source>
        <translation>«&#xa0;symlinks&#xa0;» doit valoir &quot;store&quot; ou &quot;follow&quot;</translation>
    </message>
    <message>
        <source>&apos;pinned&apos; must be a list of file addresses</source>
        <translation>«&#xa0;pinned&#xa0;» doit être une liste d’adresses de fichiers</translation>
    </message>
    <message>
        <source>&apos;notifyOnSuccess&apos; must be true or false</source>
        <translation>«&#xa0;notifyOnSuccess&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <source>&apos;skipOnMetered&apos; must be true or false</source>
        <translation>«&#xa0;skipOnMetered&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>champ inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ProfileAddCommand</name>
    <message>
        <source>Create a backup profile: what to back up, where on 1fichier, when, and what to keep.</source>
        <translation>Créer un profil de sauvegarde&#xa0;: quoi sauvegarder, où sur 1fichier, quand, et quoi conserver.</translation>
    </message>
    <message>
        <source>The profile&apos;s name, e.g. &quot;Photos&quot;.</source>
        <translation>Le nom du profil, par exemple «&#xa0;Photos&#xa0;».</translation>
    </message>
    <message>
        <source>A folder to back up (repeat for several).</source>
        <translation>Un dossier à sauvegarder (répétez l’option pour en ajouter plusieurs).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Leave out files matching this pattern (repeatable), e.g. &apos;*.tmp&apos;.</source>
        <translation>Laisser de côté les fichiers qui correspondent à ce motif (option répétable), par exemple «&#xa0;*.tmp&#xa0;».</translation>
    </message>
    <message>
        <source>glob</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>The 1fichier folder for the archives, e.g. /Backups/Photos.</source>
        <translation>Le dossier 1fichier des archives, par exemple /Sauvegardes/Photos.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Run every N hours, e.g. 6h.</source>
        <translation>Lancer la sauvegarde toutes les N heures, par exemple 6h.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>Run every day at this local time.</source>
        <translation>Lancer la sauvegarde chaque jour à cette heure locale.</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Run on these days at this local time, e.g. mon,thu@21:30.</source>
        <translation>Lancer la sauvegarde ces jours-là à cette heure locale, par exemple mon,thu@21:30.</translation>
    </message>
    <message>
        <source>days@HH:MM</source>
        <translation>jours@HH:MM</translation>
    </message>
    <message>
        <source>Keep the newest backup of each of the last N hours that have one (-1: all).</source>
        <translation>Conserver la sauvegarde la plus récente de chacune des N dernières heures qui en ont une (-1&#xa0;: toutes).</translation>
    </message>
    <message>
        <source>Keep the newest backup of each of the last N days that have one (-1: all).</source>
        <translation>Conserver la sauvegarde la plus récente de chacun des N derniers jours qui en ont une (-1&#xa0;: tous).</translation>
    </message>
    <message>
        <source>Keep the newest backup of each of the last N weeks that have one (-1: all).</source>
        <translation>Conserver la sauvegarde la plus récente de chacune des N dernières semaines qui en ont une (-1&#xa0;: toutes).</translation>
    </message>
    <message>
        <source>Keep the newest backup of each of the last N months that have one (-1: all).</source>
        <translation>Conserver la sauvegarde la plus récente de chacun des N derniers mois qui en ont une (-1&#xa0;: tous).</translation>
    </message>
    <message>
        <source>Keep the newest backup of each of the last N years that have one (-1: all).</source>
        <translation>Conserver la sauvegarde la plus récente de chacune des N dernières années qui en ont une (-1&#xa0;: toutes).</translation>
    </message>
    <message>
        <source>Keep the N newest backups (-1: all).</source>
        <translation>Conserver les N sauvegardes les plus récentes (-1&#xa0;: toutes).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Keep every backup within this span of the newest, e.g. 30d, 12h, 6m, 1y6m.</source>
        <translation>Conserver toutes les sauvegardes comprises dans cette durée avant la plus récente, par exemple 30d, 12h, 6m, 1y6m.</translation>
    </message>
    <message>
        <source>span</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>Compression level, 0 (store) to 9 (smallest); default %1.</source>
        <translation>Niveau de compression, de 0 (aucune) à 9 (la plus forte)&#xa0;; %1 par défaut.</translation>
    </message>
    <message>
        <source>0-9</source>
        <translation>0-9</translation>
    </message>
    <message>
        <source>Archive what symbolic links point to, instead of the links.</source>
        <translation>Archiver la cible des liens symboliques plutôt que les liens eux-mêmes.</translation>
    </message>
    <message>
        <source>Fail the run on an unreadable file, instead of skipping it.</source>
        <translation>Faire échouer la sauvegarde sur un fichier illisible, au lieu de l’ignorer.</translation>
    </message>
    <message>
        <source>Give at least one folder to back up with --source DIR.</source>
        <translation>Indiquez au moins un dossier à sauvegarder avec --source DOSSIER.</translation>
    </message>
    <message>
        <source>--source needs a folder path.</source>
        <translation>--source attend un chemin de dossier.</translation>
    </message>
    <message>
        <source>Give the 1fichier folder with --remote PATH, e.g. --remote /Backups.</source>
        <translation>Indiquez le dossier 1fichier avec --remote CHEMIN, par exemple --remote /Sauvegardes.</translation>
    </message>
    <message>
        <source>Choose one schedule: --every, --daily or --weekly, once.</source>
        <translation>Choisissez une seule planification&#xa0;: --every, --daily ou --weekly, une seule fois.</translation>
    </message>
    <message>
        <source>--%1 needs a number of backups (or -1 / all), not &apos;%2&apos;.</source>
        <translation>--%1 attend un nombre de sauvegardes (ou -1 / all), pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--level must be a number from 0 to 9, not &apos;%1&apos;.</source>
        <translation>--level doit être un nombre de 0 à 9, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>coffre: warning: %1 is not a folder right now; the backup fails until it is.</source>
        <translation>coffre&#xa0;: avertissement&#xa0;: %1 n’est pas un dossier pour l’instant&#xa0;; la sauvegarde échouera tant qu’il ne le sera pas.</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot;: %2, %3; archives %4_&lt;date&gt;Z.zip in %5.</source>
        <translation>Profil «&#xa0;%1&#xa0;» ajouté&#xa0;: %2, %3&#xa0;; archives %4_&lt;date&gt;Z.zip dans %5.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>&apos;coffre %1&apos; needs the profile NAME.</source>
        <translation>«&#xa0;coffre %1&#xa0;» attend le NOM du profil.</translation>
    </message>
    <message>
        <source>&apos;coffre %1&apos; takes one NAME; unexpected &apos;%2&apos; (quote a name that has spaces).</source>
        <translation>«&#xa0;coffre %1&#xa0;» prend un seul NOM&#xa0;; «&#xa0;%2&#xa0;» est en trop (mettez entre guillemets un nom qui contient des espaces).</translation>
    </message>
</context>
<context>
    <name>ProfileHealth</name>
    <message>
        <source>Healthy</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Never backed up</source>
        <translation>Jamais sauvegardé</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Overdue: never backed up</source>
        <translation>En retard&#xa0;: jamais sauvegardé</translation>
    </message>
    <message>
        <source>Last run failed</source>
        <translation>Échec de la dernière exécution</translation>
    </message>
</context>
<context>
    <name>ProfileListCommand</name>
    <message>
        <source>List the backup profiles.</source>
        <translation>Lister les profils de sauvegarde.</translation>
    </message>
    <message>
        <source>Print a JSON array of profiles, for scripts.</source>
        <translation>Afficher un tableau JSON des profils, pour les scripts.</translation>
    </message>
    <message>
        <source>&apos;coffre profile list&apos; takes no arguments; did you mean &apos;coffre profile show %1&apos;?</source>
        <translation>«&#xa0;coffre profile list&#xa0;» ne prend pas d’argument&#xa0;; vouliez-vous dire «&#xa0;coffre profile show %1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>No profiles yet. Create one with &apos;coffre profile add NAME --source DIR --remote PATH&apos;.</source>
        <translation>Aucun profil pour l’instant. Créez-en un avec «&#xa0;coffre profile add NOM --source DOSSIER --remote CHEMIN&#xa0;».</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>SCHEDULE</source>
        <translation>PLANIFICATION</translation>
    </message>
    <message>
        <source>RETENTION</source>
        <translation>CONSERVATION</translation>
    </message>
    <message>
        <source>REMOTE</source>
        <translation>DISTANT</translation>
    </message>
</context>
<context>
    <name>ProfileRmCommand</name>
    <message>
        <source>Remove a backup profile; its backups on 1fichier are left in place.</source>
        <translation>Supprimer un profil de sauvegarde&#xa0;; ses sauvegardes sur 1fichier restent en place.</translation>
    </message>
    <message>
        <source>The profile&apos;s name (or its slug).</source>
        <translation>Le nom du profil (ou son identifiant court).</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; (see &apos;coffre profile list&apos;).</source>
        <translation>Il n’y a pas de profil nommé «&#xa0;%1&#xa0;» (voir «&#xa0;coffre profile list&#xa0;»).</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot;. Its backups in %2 on 1fichier are left in place.</source>
        <translation>Profil «&#xa0;%1&#xa0;» supprimé. Ses sauvegardes dans %2 sur 1fichier restent en place.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
</context>
<context>
    <name>ProfileShowCommand</name>
    <message>
        <source>Show the settings of a backup profile, its last backup and its next run.</source>
        <translation>Afficher les réglages d’un profil de sauvegarde, sa dernière sauvegarde et sa prochaine exécution.</translation>
    </message>
    <message>
        <source>The profile&apos;s name (or its slug).</source>
        <translation>Le nom du profil (ou son identifiant court).</translation>
    </message>
    <message>
        <source>Print the profile as a JSON object, for scripts.</source>
        <translation>Afficher le profil sous forme d’objet JSON, pour les scripts.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; (see &apos;coffre profile list&apos;).</source>
        <translation>Il n’y a pas de profil nommé «&#xa0;%1&#xa0;» (voir «&#xa0;coffre profile list&#xa0;»).</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Archives</source>
        <translation>Archives</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Excludes</source>
        <translation>Exclusions</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Distant</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Illisibles</translation>
    </message>
    <message>
        <source>Symlinks</source>
        <translation>Liens symb.</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglées</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>fail the run</source>
        <translation>faire échouer la sauvegarde</translation>
    </message>
    <message>
        <source>skip and report</source>
        <translation>ignorer et signaler</translation>
    </message>
    <message>
        <source>follow</source>
        <translation>suivre</translation>
    </message>
    <message>
        <source>store as links</source>
        <translation>enregistrer comme liens</translation>
    </message>
    <message>
        <source>%1 (%2, verified)</source>
        <translation>%1 (%2, vérifiée)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>only when started by hand</source>
        <translation>seulement quand elle est lancée à la main</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; already names its archives &quot;%2_...&quot;; choose a name that differs in more than accents, case or punctuation.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» nomme déjà ses archives «&#xa0;%2_...&#xa0;»&#xa0;; choisissez un nom qui diffère par autre chose que les accents, la casse ou la ponctuation.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Il n’y a pas de profil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot lock %1: another Coffre is changing the profiles (or the folder is read-only).</source>
        <translation>Impossible de verrouiller %1&#xa0;: une autre instance de Coffre modifie les profils (ou le dossier est en lecture seule).</translation>
    </message>
    <message>
        <source>%1 Nothing was changed: fix or remove the file first.</source>
        <translation>%1 Rien n’a été modifié&#xa0;: corrigez ou supprimez d’abord le fichier.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: line %2, column %3: %4.</source>
        <translation>%1 n’est pas un JSON valide&#xa0;: ligne %2, colonne %3&#xa0;: %4.</translation>
    </message>
    <message>
        <source>%1 must hold a JSON object {&quot;version&quot;: 1, &quot;profiles&quot;: [...]}.</source>
        <translation>%1 doit contenir un objet JSON {&quot;version&quot;: 1, &quot;profiles&quot;: [...]}.</translation>
    </message>
    <message>
        <source>%1: the field &apos;version&apos; must be a whole number (this Coffre writes %2).</source>
        <translation>%1&#xa0;: le champ «&#xa0;version&#xa0;» doit être un nombre entier (cette version de Coffre écrit %2).</translation>
    </message>
    <message>
        <source>%1 was written by a newer Coffre (format version %2; this one reads version %3). Upgrade Coffre, or move the file away to start over.</source>
        <translation>%1 a été écrit par une version plus récente de Coffre (format %2&#xa0;; celle-ci lit le format %3). Mettez Coffre à jour, ou déplacez le fichier pour repartir de zéro.</translation>
    </message>
    <message>
        <source>%1: unknown field &apos;%2&apos;.</source>
        <translation>%1&#xa0;: champ inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1: the field &apos;profiles&apos; must be a list.</source>
        <translation>%1&#xa0;: le champ «&#xa0;profiles&#xa0;» doit être une liste.</translation>
    </message>
    <message>
        <source>profile %1 (&quot;%2&quot;)</source>
        <translation>profil %1 («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>profil %1</translation>
    </message>
    <message>
        <source>%1: %2 must be a JSON object.</source>
        <translation>%1&#xa0;: %2 doit être un objet JSON.</translation>
    </message>
    <message>
        <source>%1: %2: %3.</source>
        <translation>%1&#xa0;: %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2 has the same archive name prefix &quot;%3&quot; as an earlier profile.</source>
        <translation>%1&#xa0;: %2 a le même préfixe de nom d’archive «&#xa0;%3&#xa0;» qu’un profil précédent.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The previous version is unchanged.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2. La version précédente est inchangée.</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message numerus="yes">
        <source>Scanning: %n file(s), %1</source>
        <translation>
            <numerusform>Analyse&#xa0;: %n fichier, %1</numerusform>
            <numerusform>Analyse&#xa0;: %n fichiers, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% %2/%3 files, %4 of %5</source>
        <translation>%1&#xa0;% %2/%3 fichiers, %4 sur %5</translation>
    </message>
</context>
<context>
    <name>PruneCommand</name>
    <message>
        <source>Delete the backups of a profile that its retention rules no longer keep.</source>
        <translation>Supprimer les sauvegardes d’un profil que ses règles de conservation ne gardent plus.</translation>
    </message>
    <message>
        <source>The profile.</source>
        <translation>Le profil.</translation>
    </message>
    <message>
        <source>Delete nothing: list every backup with keep/delete and the rule that keeps it.</source>
        <translation>Ne rien supprimer&#xa0;: lister chaque sauvegarde avec conserver/supprimer et la règle qui la garde.</translation>
    </message>
    <message>
        <source>Print the plan as JSON, for scripts.</source>
        <translation>Afficher le plan en JSON, pour les scripts.</translation>
    </message>
    <message>
        <source>Give one profile name. See &apos;coffre prune --help&apos;.</source>
        <translation>Indiquez un nom de profil. Voir «&#xa0;coffre prune --help&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n old backup(s).</source>
        <translation>
            <numerusform>%n ancienne sauvegarde supprimée.</numerusform>
            <numerusform>%n anciennes sauvegardes supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PrunePlan</name>
    <message>
        <source>%1 holds %2 files or more, the most 1fichier lists at once, so Coffre cannot see every backup in it and deletes none of them — move other files out of that folder.</source>
        <translation>%1 contient %2 fichiers ou plus, le maximum que 1fichier liste en une fois&#xa0;; Coffre ne peut donc pas voir toutes les sauvegardes qu’il contient et n’en supprime aucune&#xa0;: déplacez d’autres fichiers hors de ce dossier.</translation>
    </message>
</context>
<context>
    <name>PrunePrinter</name>
    <message>
        <source>(no backups)</source>
        <translation>(aucune sauvegarde)</translation>
    </message>
    <message>
        <source>keep  </source>
        <translation>conserver</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) kept, </source>
        <translation>
            <numerusform>%n sauvegarde conservée, </numerusform>
            <numerusform>%n sauvegardes conservées, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted.</source>
        <translation>
            <numerusform>%n supprimée.</numerusform>
            <numerusform>%n supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) in the folder are not touched.</source>
        <translation>
            <numerusform>%n autre fichier du dossier n’est pas touché.</numerusform>
            <numerusform>%n autres fichiers du dossier ne sont pas touchés.</numerusform>
        </translation>
    </message>
    <message>
        <source>held back: the folder listing is incomplete</source>
        <translation>conservée par précaution&#xa0;: la liste du dossier est incomplète</translation>
    </message>
</context>
<context>
    <name>RemoteCommand</name>
    <message>
        <source>There is no profile named &apos;%1&apos;. &apos;coffre profile list&apos; shows the profiles.</source>
        <translation>Il n’y a pas de profil nommé «&#xa0;%1&#xa0;». «&#xa0;coffre profile list&#xa0;» affiche les profils.</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Download a backup, check it, and extract it into a folder.</source>
        <translation>Télécharger une sauvegarde, la vérifier et l’extraire dans un dossier.</translation>
    </message>
    <message>
        <source>The profile.</source>
        <translation>Le profil.</translation>
    </message>
    <message>
        <source>The backup: its file name or link (see &apos;coffre backups&apos;), or &apos;latest&apos;.</source>
        <translation>La sauvegarde&#xa0;: son nom de fichier ou son lien (voir «&#xa0;coffre backups&#xa0;»), ou «&#xa0;latest&#xa0;» pour la plus récente.</translation>
    </message>
    <message>
        <source>The folder to extract into (created if needed; existing files are never replaced).</source>
        <translation>Le dossier où extraire (créé si besoin&#xa0;; les fichiers existants ne sont jamais remplacés).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Give a profile, a backup and --to DIR. See &apos;coffre restore --help&apos;.</source>
        <translation>Indiquez un profil, une sauvegarde et --to DOSSIER. Voir «&#xa0;coffre restore --help&#xa0;».</translation>
    </message>
    <message>
        <source>There is no backup &apos;%1&apos; of %2. &apos;coffre backups %2&apos; lists them.</source>
        <translation>Il n’y a pas de sauvegarde «&#xa0;%1&#xa0;» de %2. «&#xa0;coffre backups %2&#xa0;» les liste.</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Extracting</source>
        <translation>Extraction</translation>
    </message>
    <message>
        <source>Restore of %1 failed: %2</source>
        <translation>La restauration de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n file(s)</source>
        <translation>
            <numerusform>%n fichier restauré</numerusform>
            <numerusform>%n fichiers restaurés</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1 into %2.</source>
        <translation>depuis %1 dans %2.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>SAUVEGARDE</translation>
    </message>
    <message>
        <source>%1 holds %2 files or more, the most 1fichier lists at once, so Coffre cannot tell which backup is the latest — name the backup to restore (see &apos;coffre backups %3&apos;).</source>
        <translation>%1 contient %2 fichiers ou plus, le maximum que 1fichier liste en une fois&#xa0;; Coffre ne peut donc pas savoir quelle sauvegarde est la plus récente&#xa0;: indiquez la sauvegarde à restaurer (voir «&#xa0;coffre backups %3&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>RetentionDuration</name>
    <message>
        <source>the duration is empty (write it like 30d, 12h, 6m or 1y6m)</source>
        <translation>la durée est vide (écrivez-la comme 30d, 12h, 6m ou 1y6m)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration: write a whole number before each unit, like 30d, 12h, 6m or 1y6m</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une durée&#xa0;: écrivez un nombre entier avant chaque unité, comme 30d, 12h, 6m ou 1y6m</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration: %2 has no unit (y, m, d or h)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une durée&#xa0;: %2 n’a pas d’unité (y, m, d ou h pour années, mois, jours ou heures)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration: the unit &apos;%2&apos; appears twice</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une durée&#xa0;: l’unité «&#xa0;%2&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration: unknown unit &apos;%2&apos; (use y, m, d or h)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une durée&#xa0;: unité «&#xa0;%2&#xa0;» inconnue (utilisez y, m, d ou h pour années, mois, jours ou heures)</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionPolicy</name>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>last %1/%2</source>
        <translation>dernières %1/%2</translation>
    </message>
    <message>
        <source>hourly %1/%2</source>
        <translation>horaire %1/%2</translation>
    </message>
    <message>
        <source>daily %1/%2</source>
        <translation>quotidienne %1/%2</translation>
    </message>
    <message>
        <source>weekly %1/%2</source>
        <translation>hebdomadaire %1/%2</translation>
    </message>
    <message>
        <source>monthly %1/%2</source>
        <translation>mensuelle %1/%2</translation>
    </message>
    <message>
        <source>yearly %1/%2</source>
        <translation>annuelle %1/%2</translation>
    </message>
    <message>
        <source>within %1</source>
        <translation>moins de %1</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>épinglée</translation>
    </message>
    <message>
        <source>newest</source>
        <translation>la plus récente</translation>
    </message>
    <message>
        <source>policy is empty</source>
        <translation>aucune règle</translation>
    </message>
    <message>
        <source>(oldest)</source>
        <translation>(la plus ancienne)</translation>
    </message>
    <message>
        <source>keep-%1 must be a number of backups, or -1 for all (it is %2).</source>
        <translation>keep-%1 doit être un nombre de sauvegardes, ou -1 pour toutes (il vaut %2).</translation>
    </message>
    <message>
        <source>keep-within must not be negative.</source>
        <translation>keep-within ne doit pas être négatif.</translation>
    </message>
    <message>
        <source>keep everything</source>
        <translation>tout conserver</translation>
    </message>
    <message>
        <source>-1 (all)</source>
        <translation>-1 (toutes)</translation>
    </message>
    <message>
        <source>last %1</source>
        <comment>retention summary</comment>
        <translation>%1 dernières</translation>
    </message>
    <message>
        <source>hourly %1</source>
        <comment>retention summary</comment>
        <translation>%1 par heure</translation>
    </message>
    <message>
        <source>daily %1</source>
        <comment>retention summary</comment>
        <translation>%1 par jour</translation>
    </message>
    <message>
        <source>weekly %1</source>
        <comment>retention summary</comment>
        <translation>%1 par semaine</translation>
    </message>
    <message>
        <source>monthly %1</source>
        <comment>retention summary</comment>
        <translation>%1 par mois</translation>
    </message>
    <message>
        <source>yearly %1</source>
        <comment>retention summary</comment>
        <translation>%1 par an</translation>
    </message>
    <message>
        <source>within %1</source>
        <comment>retention summary</comment>
        <translation>toutes sur %1</translation>
    </message>
    <message>
        <source>keep %1</source>
        <translation>conserver %1</translation>
    </message>
    <message>
        <source>&apos;retention.within&apos; must be a duration text such as &quot;30d&quot;</source>
        <translation>«&#xa0;retention.within&#xa0;» doit être une durée (texte) telle que &quot;30d&quot;</translation>
    </message>
    <message>
        <source>&apos;retention.within&apos;: %1</source>
        <translation>«&#xa0;retention.within&#xa0;»&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown field &apos;retention.%1&apos;</source>
        <translation>champ inconnu «&#xa0;retention.%1&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;retention.%1&apos; must be a whole number of backups, or -1 for all</source>
        <translation>«&#xa0;retention.%1&#xa0;» doit être un nombre entier de sauvegardes, ou -1 pour toutes</translation>
    </message>
    <message>
        <source>older than %1</source>
        <translation>plus ancienne que %1</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>not the newest of its %1</source>
        <translation>pas la plus récente de sa période (%1)</translation>
    </message>
    <message>
        <source>beyond %1</source>
        <translation>hors règles (%1)</translation>
    </message>
    <message>
        <source>not needed by any rule</source>
        <translation>aucune règle ne la conserve</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between delete reasons</comment>
        <translation>&#xa0;; </translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Back up a profile now (zip, upload, verify, delete old backups), or every due profile.</source>
        <translation>Sauvegarder un profil maintenant (compression, envoi, vérification, suppression des anciennes sauvegardes), ou chaque profil dont la sauvegarde est due.</translation>
    </message>
    <message>
        <source>The profile to back up.</source>
        <translation>Le profil à sauvegarder.</translation>
    </message>
    <message>
        <source>[NAME]</source>
        <translation>[NOM]</translation>
    </message>
    <message>
        <source>Back up, one after the other, every profile whose schedule is due (for cron).</source>
        <translation>Sauvegarder, l’un après l’autre, chaque profil dont la planification est échue (pour cron).</translation>
    </message>
    <message>
        <source>Change nothing: show what the run would keep and delete remotely.</source>
        <translation>Ne rien modifier&#xa0;: montrer ce que l’exécution conserverait et supprimerait à distance.</translation>
    </message>
    <message>
        <source>Give either one profile name or --due. See &apos;coffre run --help&apos;.</source>
        <translation>Indiquez soit un nom de profil, soit --due. Voir «&#xa0;coffre run --help&#xa0;».</translation>
    </message>
    <message>
        <source>No backup is due.</source>
        <translation>Aucune sauvegarde n’est due.</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>avertissement&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Dry run for %1: nothing was changed. With a new backup now, %2 would hold:</source>
        <translation>Simulation pour %1&#xa0;: rien n’a été modifié. Avec une nouvelle sauvegarde maintenant, %2 contiendrait&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %1: %2 (%3, %n file(s)) in %4, verified.</source>
        <translation>
            <numerusform>Sauvegarde de %1&#xa0;: %2 (%3, %n fichier) dans %4, vérifiée.</numerusform>
            <numerusform>Sauvegarde de %1&#xa0;: %2 (%3, %n fichiers) dans %4, vérifiée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n old backup(s).</source>
        <translation>
            <numerusform>%n ancienne sauvegarde supprimée.</numerusform>
            <numerusform>%n anciennes sauvegardes supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup of %1 failed: %2</source>
        <translation>La sauvegarde de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot lock %1 to add the run to the history.</source>
        <translation>Impossible de verrouiller %1 pour ajouter l’exécution à l’historique.</translation>
    </message>
    <message>
        <source>Cannot write the history %1: %2.</source>
        <translation>Impossible d’écrire l’historique %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot rotate the history %1: %2.</source>
        <translation>Impossible de faire tourner l’historique %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>RunLock</name>
    <message>
        <source>Cannot create the lock folder %1.</source>
        <translation>Impossible de créer le dossier de verrous %1.</translation>
    </message>
    <message>
        <source>This profile is already running (process %1). Wait for it to finish.</source>
        <translation>Ce profil est déjà en cours d’exécution (processus %1). Attendez qu’il se termine.</translation>
    </message>
    <message>
        <source>This profile is already running. Wait for it to finish.</source>
        <translation>Ce profil est déjà en cours d’exécution. Attendez qu’il se termine.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Impossible de créer le fichier de verrou %1.</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>&apos;%1&apos; is not a schedule: use manual, every 6h, daily 02:00 or weekly mon,thu@21:30</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une planification&#xa0;: utilisez manual, every 6h, daily 02:00 ou weekly mon,thu@21:30</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of hours: write it like 6h</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre d’heures&#xa0;: écrivez-le comme 6h</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time of day: write it as HH:MM, like 02:00</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une heure&#xa0;: écrivez-la au format HH:MM, comme 02:00</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a weekly schedule: write the days, &apos;@&apos; and the time, like mon,thu@21:30</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une planification hebdomadaire&#xa0;: écrivez les jours, «&#xa0;@&#xa0;» et l’heure, comme mon,thu@21:30</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no valid time after &apos;@&apos;: write it as HH:MM</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas d’heure valide après «&#xa0;@&#xa0;»&#xa0;: écrivez-la au format HH:MM</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day: use mon, tue, wed, thu, fri, sat, sun or a range like mon-fri</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un jour&#xa0;: utilisez mon, tue, wed, thu, fri, sat, sun (du lundi au dimanche) ou une plage comme mon-fri</translation>
    </message>
    <message>
        <source>The interval must be from 1 to %1 hours (it is %2).</source>
        <translation>L’intervalle doit aller de 1 à %1 heures (il vaut %2).</translation>
    </message>
    <message>
        <source>A weekly schedule needs at least one day.</source>
        <translation>Une planification hebdomadaire demande au moins un jour.</translation>
    </message>
    <message>
        <source>The schedule needs a time of day (HH:MM).</source>
        <translation>La planification demande une heure (HH:MM).</translation>
    </message>
    <message numerus="yes">
        <source>every %nh</source>
        <translation>
            <numerusform>toutes les heures</numerusform>
            <numerusform>toutes les %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>daily %1</source>
        <translation>tous les jours à %1</translation>
    </message>
    <message>
        <source>mon</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>tue</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>wed</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>thu</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>fri</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>sat</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>sun</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>weekly %1@%2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>,</source>
        <comment>between the days of a weekly schedule</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>manual</source>
        <translation>à la demande</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>cannot read standard input: %1.</source>
        <translation>impossible de lire l’entrée standard&#xa0;: %1.</translation>
    </message>
    <message>
        <source>cannot turn off echo on the terminal; pipe the key in instead (coffre key set &lt; keyfile).</source>
        <translation>impossible de désactiver l’écho du terminal&#xa0;; transmettez plutôt la clé par un tube (coffre key set &lt; fichier-de-clé).</translation>
    </message>
    <message>
        <source>standard input holds more than %1 bytes, which is not an API key.</source>
        <translation>l’entrée standard contient plus de %1 octets, ce qui n’est pas une clé API.</translation>
    </message>
</context>
<context>
    <name>SourceScanner</name>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>c’est un tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>c’est une socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>c’est un périphérique</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>The name is not valid UTF-8; it is stored with replacement characters.</source>
        <translation>Le nom n’est pas en UTF-8 valide&#xa0;; il est enregistré avec des caractères de remplacement.</translation>
    </message>
    <message>
        <source>The source folder %1 does not exist.</source>
        <translation>Le dossier source %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The source folder %1 cannot be read: %2.</source>
        <translation>Le dossier source %1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The source %1 is neither a folder nor a regular file.</source>
        <translation>La source %1 n’est ni un dossier ni un fichier ordinaire.</translation>
    </message>
    <message>
        <source>The folder disappeared before it could be read.</source>
        <translation>Le dossier a disparu avant d’avoir pu être lu.</translation>
    </message>
    <message>
        <source>The folder could not be read (%1); it is archived empty.</source>
        <translation>Le dossier n’a pas pu être lu (%1)&#xa0;; il est archivé vide.</translation>
    </message>
    <message>
        <source>The file disappeared before it could be read.</source>
        <translation>Le fichier a disparu avant d’avoir pu être lu.</translation>
    </message>
    <message>
        <source>The file could not be examined: %1.</source>
        <translation>Le fichier n’a pas pu être examiné&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The link leads back into one of its parent folders; it is stored as a link.</source>
        <translation>Le lien ramène dans l’un de ses dossiers parents&#xa0;; il est enregistré comme lien.</translation>
    </message>
    <message>
        <source>The link points to nothing that can be read; it is stored as a link.</source>
        <translation>Le lien ne pointe vers rien de lisible&#xa0;; il est enregistré comme lien.</translation>
    </message>
    <message>
        <source>The link disappeared before it could be read.</source>
        <translation>Le lien a disparu avant d’avoir pu être lu.</translation>
    </message>
    <message>
        <source>Skipped: this is %1.</source>
        <translation>Ignoré&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ZipEntryReader</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 is not a zip archive, or it is damaged.</source>
        <translation>%1 n’est pas une archive zip, ou elle est endommagée.</translation>
    </message>
    <message>
        <source>The directory of %1 is damaged.</source>
        <translation>Le répertoire central de %1 est endommagé.</translation>
    </message>
    <message>
        <source>%1 is encrypted; Coffre cannot read it.</source>
        <translation>%1 est chiffré&#xa0;; Coffre ne peut pas le lire.</translation>
    </message>
    <message>
        <source>%1 uses compression method %2, which Coffre cannot read.</source>
        <translation>%1 utilise la méthode de compression %2, que Coffre ne sait pas lire.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the archive is damaged.</source>
        <translation>%1 ne peut pas être lu&#xa0;: l’archive est endommagée.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Mémoire insuffisante.</translation>
    </message>
    <message>
        <source>%1 holds more data than its header declares; the archive is damaged or hostile.</source>
        <translation>%1 contient plus de données que son en-tête n’en déclare&#xa0;; l’archive est endommagée ou malveillante.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>%1 is damaged: its compressed data is invalid.</source>
        <translation>%1 est endommagé&#xa0;: ses données compressées ne sont pas valides.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is shorter than its header declares.</source>
        <translation>%1 est endommagé&#xa0;: il est plus court que son en-tête ne le déclare.</translation>
    </message>
    <message>
        <source>%1 is damaged: its checksum (CRC) does not match.</source>
        <translation>%1 est endommagé&#xa0;: sa somme de contrôle (CRC) ne correspond pas.</translation>
    </message>
    <message>
        <source>The directory of %1 is damaged: an entry declares an impossible size.</source>
        <translation>Le répertoire central de %1 est endommagé&#xa0;: une entrée déclare une taille impossible.</translation>
    </message>
</context>
</TS>
