<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Enter the account&apos;s name.</source>
        <translation>Saisissez le nom du compte.</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone: pick one from the list (e.g. Europe/Paris).</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un fuseau horaire connu&#xa0;: choisissez-en un dans la liste (par exemple Europe/Paris).</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Business hours:</source>
        <translation>&amp;Heures ouvrées&#xa0;:</translation>
    </message>
    <message>
        <source>Dates and months of the account&apos;s tickets, plan changes and claims follow this zone. Type part of a zone&apos;s name to filter the list.</source>
        <translation>Les dates et les mois des tickets, des changements de plan et des réclamations du compte suivent ce fuseau. Tapez une partie du nom d’un fuseau pour filtrer la liste.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this account meanwhile. The form now shows it.</source>
        <translation>Non enregistré&#xa0;: quelqu’un d’autre a modifié ce compte entre-temps. Le formulaire le montre maintenant.</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Plan today</source>
        <translation>Plan aujourd’hui</translation>
    </message>
    <message>
        <source>Credit balance</source>
        <translation>Solde de crédits</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <source>Select an account first.</source>
        <translation>Sélectionnez d’abord un compte.</translation>
    </message>
    <message>
        <source>Plan changed from %1.</source>
        <translation>Plan changé à partir du %1.</translation>
    </message>
    <message>
        <source>No account selected</source>
        <translation>Aucun compte sélectionné</translation>
    </message>
    <message>
        <source>%1 — %2, today %3</source>
        <translation>%1 — %2, aujourd’hui %3</translation>
    </message>
    <message>
        <source>Credit balance: %1 (credits are applied to future invoices, never refunded as cash)</source>
        <translation>Solde de crédits&#xa0;: %1 (les crédits s’imputent sur les factures à venir et ne sont jamais remboursés en espèces)</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove “%1” with all its tickets, spend, plan history and claims? This cannot be undone.</source>
        <translation>Supprimer «&#x202f;%1&#x202f;» avec tous ses tickets, ses dépenses, son historique de plans et ses réclamations&#x202f;? Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>Filtrer les comptes</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Plan history</source>
        <translation>Historique des plans</translation>
    </message>
    <message>
        <source>Monthly spend</source>
        <translation>Dépenses mensuelles</translation>
    </message>
    <message>
        <source>Credits and claims</source>
        <translation>Crédits et réclamations</translation>
    </message>
    <message>
        <source>Change the plan to:</source>
        <translation>Passer au plan&#xa0;:</translation>
    </message>
    <message>
        <source>From &amp;today</source>
        <translation>À partir d’au&amp;jourd’hui</translation>
    </message>
    <message>
        <source>An upgrade usually takes effect at once.</source>
        <translation>Une montée en gamme prend généralement effet immédiatement.</translation>
    </message>
    <message>
        <source>From the 1st of next &amp;month</source>
        <translation>À partir du 1er du &amp;mois prochain</translation>
    </message>
    <message>
        <source>A downgrade usually waits for the next month.</source>
        <translation>Un passage à un plan inférieur attend généralement le mois suivant.</translation>
    </message>
    <message>
        <source>From this &amp;date</source>
        <translation>À partir de cette &amp;date</translation>
    </message>
    <message>
        <source>Remove selected change</source>
        <translation>Supprimer le changement sélectionné</translation>
    </message>
    <message>
        <source>Double-click a spend to edit it, in dollars; clear it to remove the month&apos;s entry. The support fee follows the plan history, pro-rated by days.</source>
        <translation>Double-cliquez sur une dépense pour la modifier, en dollars&#x202f;; effacez-la pour supprimer la saisie du mois. La redevance de support suit l’historique des plans, au prorata des jours.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Someone else changed this while you were editing it, so your change was not saved.

%1

The form now shows what is stored: make your change again if it still applies.</source>
        <translation>Quelqu’un d’autre a modifié cet élément pendant que vous le modifiiez&#xa0;: votre modification n’a pas été enregistrée.

%1

Le formulaire montre maintenant ce qui est enregistré&#xa0;: refaites votre modification si elle s’applique encore.</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
</context>
<context>
    <name>CalendarsView</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>Accounts created without a calendar use this one.</source>
        <translation>Les comptes créés sans calendrier utilisent celui-ci.</translation>
    </message>
    <message>
        <source>The hours have an error: %1</source>
        <translation>Les horaires comportent une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un fuseau horaire connu.</translation>
    </message>
    <message>
        <source>Calendar “%1” saved.</source>
        <translation>Calendrier «&#x202f;%1&#x202f;» enregistré.</translation>
    </message>
    <message>
        <source>That month has no day %1.</source>
        <translation>Ce mois n’a pas de jour %1.</translation>
    </message>
    <message>
        <source>New calendar</source>
        <translation>Nouveau calendrier</translation>
    </message>
    <message>
        <source>New calendar %1</source>
        <translation>Nouveau calendrier %1</translation>
    </message>
    <message>
        <source>Remove calendar</source>
        <translation>Supprimer le calendrier</translation>
    </message>
    <message>
        <source>Remove the calendar “%1”?</source>
        <translation>Supprimer le calendrier «&#x202f;%1&#x202f;»&#x202f;?</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Horaires hebdomadaires</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>&amp;New calendar</source>
        <translation>&amp;Nouveau calendrier</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Use for new &amp;accounts</source>
        <translation>Utiliser pour les nouveaux &amp;comptes</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Weekly hours:</source>
        <translation>&amp;Horaires hebdomadaires&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save calendar</source>
        <translation>&amp;Enregistrer le calendrier</translation>
    </message>
    <message>
        <source>Holidays (every interval starting on a holiday is closed)</source>
        <translation>Jours fériés (toute plage commençant un jour férié est fermée)</translation>
    </message>
    <message>
        <source>Holiday name, e.g. Labor Day</source>
        <translation>Nom du jour férié, par exemple Fête du Travail</translation>
    </message>
    <message>
        <source>&amp;Add holiday</source>
        <translation>&amp;Ajouter un jour férié</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <source>Observed on Friday/Monday when on a weekend</source>
        <translation>Reporté au vendredi ou au lundi s’il tombe un week-end</translation>
    </message>
    <message>
        <source>Single date</source>
        <translation>Date unique</translation>
    </message>
    <message>
        <source>Every year on a date</source>
        <translation>Chaque année à une date</translation>
    </message>
    <message>
        <source>Nth weekday of a month</source>
        <translation>Nᵉ jour de la semaine d’un mois</translation>
    </message>
    <message>
        <source>Last weekday of a month</source>
        <translation>Dernier jour de la semaine d’un mois</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1er</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2e</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3e</translation>
    </message>
    <message>
        <source>4th</source>
        <translation>4e</translation>
    </message>
    <message>
        <source>5th</source>
        <translation>5e</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this calendar meanwhile. The form now shows it.</source>
        <translation>Non enregistré&#xa0;: quelqu’un d’autre a modifié ce calendrier entre-temps. Le formulaire le montre maintenant.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Claim by %1</source>
        <translation>À réclamer avant le %1</translation>
    </message>
    <message>
        <source>The claim could not be filed: %1</source>
        <translation>La réclamation n’a pas pu être déposée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Accepted: %1 credited to the account&apos;s balance.</source>
        <translation>Acceptée&#xa0;: %1 crédité sur le solde du compte.</translation>
    </message>
    <message>
        <source>Rejected: %1.</source>
        <translation>Refusée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>File a claim</source>
        <translation>Déposer une réclamation</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Filed on:</source>
        <translation>&amp;Déposée le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File claim</source>
        <translation>&amp;Déposer la réclamation</translation>
    </message>
</context>
<context>
    <name>ClaimOutcome</name>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>The month is not over</source>
        <translation>Le mois n’est pas terminé</translation>
    </message>
    <message>
        <source>Filed after the deadline</source>
        <translation>Déposée après la date limite</translation>
    </message>
    <message>
        <source>Already claimed</source>
        <translation>Déjà réclamé</translation>
    </message>
    <message>
        <source>No missed guarantee</source>
        <translation>Aucune garantie manquée</translation>
    </message>
</context>
<context>
    <name>ClaimTableModel</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Déposée le</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Credit granted</source>
        <translation>Crédit accordé</translation>
    </message>
</context>
<context>
    <name>CreditTableModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1 (provisoire)</translation>
    </message>
    <message>
        <source>nothing to claim</source>
        <translation>rien à réclamer</translation>
    </message>
    <message>
        <source>month not over</source>
        <translation>mois non terminé</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>réclamé</translation>
    </message>
    <message>
        <source>deadline passed</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>to claim</source>
        <translation>à réclamer</translation>
    </message>
    <message>
        <source>to claim: closes today</source>
        <translation>à réclamer&#xa0;: clôture aujourd’hui</translation>
    </message>
    <message>
        <source>to claim: closes tomorrow</source>
        <translation>à réclamer&#xa0;: clôture demain</translation>
    </message>
    <message>
        <source>to claim: closes in %1 days</source>
        <translation>à réclamer&#xa0;: clôture dans %1&#xa0;jours</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Days on the plan</source>
        <translation>Jours sur le plan</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Month&apos;s spend</source>
        <translation>Dépenses du mois</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Redevance</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqués</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Claim by</source>
        <translation>À réclamer avant le</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Réclamation</translation>
    </message>
</context>
<context>
    <name>CreditsView</name>
    <message>
        <source>Last claim: %1 — %2</source>
        <translation>Dernière réclamation&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>The credits could not be computed: %1</source>
        <translation>Les crédits n’ont pas pu être calculés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Highlighted: claims closing within %1 days. A credit is granted only when claimed, within 30 days after the month, and goes to the account&apos;s balance.</source>
        <translation>En surbrillance&#xa0;: les réclamations qui se clôturent dans les %1&#xa0;jours. Un crédit n’est accordé que s’il est réclamé dans les 30&#xa0;jours qui suivent le mois, et il s’ajoute au solde du compte.</translation>
    </message>
    <message>
        <source>Credit balance of all accounts: %1</source>
        <translation>Solde de crédits de tous les comptes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Credit balance of %1: %2</source>
        <translation>Solde de crédits de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>File a &amp;claim…</source>
        <translation>Déposer une &amp;réclamation…</translation>
    </message>
    <message>
        <source>Claims decided</source>
        <translation>Réclamations traitées</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to SupportDesk</source>
        <translation>Bienvenue dans SupportDesk</translation>
    </message>
    <message>
        <source>This store has no accounts yet.

Load a sample of %1 accounts and %2 tickets over the last %3 months, so that you can explore the reports and charts right away? You can also start empty and import your own tickets.</source>
        <translation>Ces données ne contiennent encore aucun compte.

Charger un exemple de %1&#xa0;comptes et %2&#xa0;tickets sur les %3 derniers mois, pour explorer tout de suite les rapports et les graphiques&#x202f;? Vous pouvez aussi partir de zéro et importer vos propres tickets.</translation>
    </message>
    <message>
        <source>The sample could not be loaded.

%1</source>
        <translation>L’exemple n’a pas pu être chargé.

%1</translation>
    </message>
    <message>
        <source>Loading the sample…</source>
        <translation>Chargement de l’exemple…</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; French puts a narrow no-break space before the sign.</extracomment>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h&#xa0;%2</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1&#xa0;j&#xa0;%2&#xa0;h</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
</context>
<context>
    <name>HolidayModel</name>
    <message>
        <source>On %1 only</source>
        <translation>Le %1 uniquement</translation>
    </message>
    <message>
        <source>MMMM d</source>
        <comment>format of a yearly date, e.g. January 1</comment>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>Every %1, on the Friday before or the Monday after when it falls on a weekend</source>
        <translation>Chaque %1, reporté au vendredi précédent ou au lundi suivant s’il tombe un week-end</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Chaque %1</translation>
    </message>
    <message>
        <source>first</source>
        <translation>premier</translation>
    </message>
    <message>
        <source>second</source>
        <translation>deuxième</translation>
    </message>
    <message>
        <source>third</source>
        <translation>troisième</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>quatrième</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>cinquième</translation>
    </message>
    <message>
        <source>The %1 %2 of %3</source>
        <comment>the fourth Thursday of November</comment>
        <translation>Le %1 %2 de %3</translation>
    </message>
    <message>
        <source>The last %1 of %2</source>
        <comment>the last Monday of May</comment>
        <translation>Le dernier %1 de %2</translation>
    </message>
    <message>
        <source>past</source>
        <translation>passé</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Next closed day</source>
        <translation>Prochain jour fermé</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import tickets</source>
        <translation>Importer des tickets</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>The import was cancelled: no ticket was changed.</source>
        <translation>L’importation a été annulée&#xa0;: aucun ticket n’a été modifié.</translation>
    </message>
    <message>
        <source>Rebuilding indexes…</source>
        <translation>Reconstruction des index…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Tickets</source>
        <translation>&amp;Tickets</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>C&amp;omptes</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>&amp;Plans</translation>
    </message>
    <message>
        <source>&amp;Calendars</source>
        <translation>&amp;Calendriers</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>Cre&amp;dits</source>
        <translation>Cré&amp;dits</translation>
    </message>
    <message>
        <source>SupportDesk — %1</source>
        <translation>SupportDesk — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Import tickets…</source>
        <translation>&amp;Importer des tickets…</translation>
    </message>
    <message>
        <source>Add or update tickets from a CSV file, all rows or none</source>
        <translation>Ajouter ou mettre à jour des tickets depuis un fichier CSV, toutes les lignes ou aucune</translation>
    </message>
    <message>
        <source>&amp;Export table as CSV…</source>
        <translation>&amp;Exporter le tableau en CSV…</translation>
    </message>
    <message>
        <source>Save the table on screen, as filtered and sorted, to a CSV file</source>
        <translation>Enregistrer le tableau affiché, filtré et trié, dans un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;Nouveau ticket…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>&amp;About SupportDesk</source>
        <translation>À &amp;propos de SupportDesk</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Actualisé</translation>
    </message>
    <message>
        <source>Import tickets</source>
        <translation>Importer des tickets</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has an error.

%1</source>
        <translation>Rien n’a été importé&#xa0;: le fichier contient une erreur.

%1</translation>
    </message>
    <message>
        <source>This view has no table to export.</source>
        <translation>Cette vue n’a pas de tableau à exporter.</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>Exporter le tableau en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>About SupportDesk</source>
        <translation>À propos de SupportDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SupportDesk %1&lt;/h3&gt;&lt;p&gt;Support plans with guaranteed first-response times, business-hours calendars, monthly reports and support credits.&lt;/p&gt;&lt;p&gt;Store: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SupportDesk %1&lt;/h3&gt;&lt;p&gt;Plans de support avec délais de première réponse garantis, calendriers d’heures ouvrées, rapports mensuels et crédits de support.&lt;/p&gt;&lt;p&gt;Données&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tickets imported from %1: %2</source>
        <translation>Tickets importés depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This store is read-only: you can look and export, not change.</source>
        <translation>Ces données sont en lecture seule&#xa0;: vous pouvez consulter et exporter, pas modifier.</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>&amp;Ouvrir des données…</translation>
    </message>
    <message>
        <source>Open another store: a file on this computer or a team&apos;s PostgreSQL database</source>
        <translation>Ouvrir d’autres données&#xa0;: un fichier sur cet ordinateur ou la base PostgreSQL d’une équipe</translation>
    </message>
    <message>
        <source>This window cannot open another store.</source>
        <translation>Cette fenêtre ne peut pas ouvrir d’autres données.</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Ouvrir des données</translation>
    </message>
    <message>
        <source>The store could not be opened; %1 stays open.

%2</source>
        <translation>Les données n’ont pas pu être ouvertes&#xa0;; %1 reste ouvert.

%2</translation>
    </message>
    <message>
        <source>The store chosen last could not be opened; the store on this computer opens instead.

%1</source>
        <translation>Les dernières données choisies n’ont pas pu être ouvertes&#xa0;; les données de cet ordinateur s’ouvrent à la place.

%1</translation>
    </message>
</context>
<context>
    <name>MonthRangeBar</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
</context>
<context>
    <name>PlanAdvisor</name>
    <message>
        <source>%1 has no guaranteed response time</source>
        <translation>%1 n’a pas de délai de réponse garanti</translation>
    </message>
    <message>
        <source>%1 is guaranteed within %2 minutes, not %3</source>
        <translation>%1 est garanti en %2&#xa0;minutes, et non %3</translation>
    </message>
    <message>
        <source>P1 is not guaranteed around the clock</source>
        <translation>P1 n’est pas garanti 24&#xa0;h/24</translation>
    </message>
    <message>
        <source>%1 is not included</source>
        <translation>%1 n’est pas inclus</translation>
    </message>
</context>
<context>
    <name>PlanComparisonModel</name>
    <message>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>%1% of monthly spend, at least %2</source>
        <translation>%1&#x202f;% des dépenses mensuelles, au moins %2</translation>
    </message>
    <message>
        <source>%1, business hours</source>
        <translation>%1, heures ouvrées</translation>
    </message>
    <message>
        <source>%1, 24/7</source>
        <translation>%1, 24&#xa0;h/24</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>%1 ✔</source>
        <translation>%1 ✔</translation>
    </message>
    <message>
        <source>Monthly price</source>
        <translation>Prix mensuel</translation>
    </message>
    <message>
        <source>Price for your spend</source>
        <translation>Prix pour vos dépenses</translation>
    </message>
    <message>
        <source>P1 guaranteed response</source>
        <translation>Réponse garantie P1</translation>
    </message>
    <message>
        <source>P2 guaranteed response</source>
        <translation>Réponse garantie P2</translation>
    </message>
    <message>
        <source>P3 guaranteed response</source>
        <translation>Réponse garantie P3</translation>
    </message>
</context>
<context>
    <name>PlanFeature</name>
    <message>
        <source>API status notifications</source>
        <translation>Notifications d’état de l’API</translation>
    </message>
    <message>
        <source>Email support</source>
        <translation>Support par e-mail</translation>
    </message>
    <message>
        <source>Chat support</source>
        <translation>Support par chat</translation>
    </message>
    <message>
        <source>Phone support</source>
        <translation>Support par téléphone</translation>
    </message>
    <message>
        <source>Technical account manager</source>
        <translation>Responsable technique de compte</translation>
    </message>
    <message>
        <source>Support escalation line</source>
        <translation>Ligne d’escalade du support</translation>
    </message>
    <message>
        <source>Quarterly status review</source>
        <translation>Bilan trimestriel</translation>
    </message>
</context>
<context>
    <name>PlanHistoryModel</name>
    <message>
        <source>until further notice</source>
        <translation>jusqu’à nouvel ordre</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>PlanTermsDialog</name>
    <message>
        <source>New terms start this month at the earliest: months before keep the terms they were reported with.</source>
        <translation>Les nouvelles conditions commencent au plus tôt ce mois-ci&#xa0;: les mois précédents gardent les conditions avec lesquelles ils ont été rapportés.</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 100 with at most two decimals, such as %1.</source>
        <translation>Saisissez un pourcentage de 0 à 100 avec au plus deux décimales, par exemple %1.</translation>
    </message>
    <message>
        <source>Enter an amount in dollars with at most two decimals, such as %1.</source>
        <translation>Saisissez un montant en dollars avec au plus deux décimales, par exemple %1.</translation>
    </message>
    <message>
        <source>A guaranteed %1 response needs a time above 0 minutes, or choose no guarantee.</source>
        <translation>Une réponse %1 garantie demande un délai supérieur à 0&#xa0;minute&#xa0;; sinon choisissez «&#x202f;Aucune garantie&#x202f;».</translation>
    </message>
    <message>
        <source>This store is read-only: the terms cannot be changed.</source>
        <translation>Ces données sont en lecture seule&#xa0;: les conditions ne peuvent pas être modifiées.</translation>
    </message>
    <message>
        <source>The terms were not saved: correct the fields marked in red.</source>
        <translation>Les conditions n’ont pas été enregistrées&#xa0;: corrigez les champs marqués en rouge.</translation>
    </message>
    <message>
        <source>The terms of %1 from %2 were set elsewhere meanwhile: %3.</source>
        <translation>Les conditions de %1 à partir du %2 ont été définies ailleurs entre-temps&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The store refused the terms: %1</source>
        <translation>Les données ont refusé les conditions&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#x202f;; </translation>
    </message>
    <message>
        <source>Not saved: someone else changed these terms meanwhile. The form now shows them.</source>
        <translation>Non enregistré&#xa0;: quelqu’un d’autre a modifié ces conditions entre-temps. Le formulaire les montre maintenant.</translation>
    </message>
    <message>
        <source>The new terms apply to every month from %1 on; earlier months keep the terms they were reported with.</source>
        <translation>Les nouvelles conditions s’appliquent à chaque mois à partir de %1&#xa0;; les mois précédents gardent les conditions avec lesquelles ils ont été rapportés.</translation>
    </message>
    <message>
        <source>They replace the terms already set from that date.</source>
        <translation>Elles remplacent les conditions déjà définies à partir de cette date.</translation>
    </message>
    <message>
        <source>Terms of %1</source>
        <translation>Conditions de %1</translation>
    </message>
    <message>
        <source>In force today</source>
        <translation>En vigueur aujourd’hui</translation>
    </message>
    <message>
        <source>This plan has no terms yet.</source>
        <translation>Ce plan n’a pas encore de conditions.</translation>
    </message>
    <message>
        <source>Since %1: %2</source>
        <translation>Depuis le %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>New terms</source>
        <translation>Nouvelles conditions</translation>
    </message>
    <message>
        <source>&amp;From the month of:</source>
        <translation>À &amp;partir du mois de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Percent of monthly spend:</source>
        <translation>P&amp;ourcentage des dépenses mensuelles&#xa0;:</translation>
    </message>
    <message>
        <source>0 for none</source>
        <translation>0 pour aucun</translation>
    </message>
    <message>
        <source>&amp;Minimum a month (dollars):</source>
        <translation>&amp;Minimum par mois (dollars)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 first response:</source>
        <translation>Première réponse %1&#xa0;:</translation>
    </message>
    <message>
        <source>No guarantee</source>
        <translation>Aucune garantie</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Heures ouvrées</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24&#xa0;h/24, 7&#xa0;j/7</translation>
    </message>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <source>Channels and services:</source>
        <translation>Canaux et services&#xa0;:</translation>
    </message>
    <message>
        <source>Terms by date</source>
        <translation>Conditions par date</translation>
    </message>
    <message>
        <source>This store is read-only: you can look and export, not change.</source>
        <translation>Ces données sont en lecture seule&#xa0;: vous pouvez consulter et exporter, pas modifier.</translation>
    </message>
</context>
<context>
    <name>PlanTermsModel</name>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Antérieures</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévues</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Monthly price</source>
        <translation>Prix mensuel</translation>
    </message>
    <message>
        <source>P1 response</source>
        <translation>Réponse P1</translation>
    </message>
    <message>
        <source>P2 response</source>
        <translation>Réponse P2</translation>
    </message>
    <message>
        <source>P3 response</source>
        <translation>Réponse P3</translation>
    </message>
    <message>
        <source>Channels and services</source>
        <translation>Canaux et services</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <source>Enter the monthly spend in dollars to price the plans.</source>
        <translation>Saisissez les dépenses mensuelles en dollars pour calculer le prix des plans.</translation>
    </message>
    <message>
        <source>The cheapest plan that meets these needs: %1, %2 a month.</source>
        <translation>Le plan le moins cher qui répond à ces besoins&#xa0;: %1, %2 par mois.</translation>
    </message>
    <message>
        <source>No plan meets all these needs.</source>
        <translation>Aucun plan ne répond à tous ces besoins.</translation>
    </message>
    <message>
        <source>%1 fits too, but costs %2 a month.</source>
        <translation>%1 convient aussi, mais coûte %2 par mois.</translation>
    </message>
    <message>
        <source>%1 does not fit: %2.</source>
        <translation>%1 ne convient pas&#xa0;: %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#x202f;; </translation>
    </message>
    <message>
        <source>Monthly &amp;spend (dollars):</source>
        <translation>&amp;Dépenses mensuelles (dollars)&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>par exemple %1</translation>
    </message>
    <message>
        <source>What do you need?</source>
        <translation>De quoi avez-vous besoin&#x202f;?</translation>
    </message>
    <message>
        <source>%1 answered within</source>
        <translation>%1 traité en</translation>
    </message>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <source>P1 guaranteed around the clock (24/7), not only in business hours</source>
        <translation>P1 garanti 24&#xa0;h/24, 7&#xa0;j/7, pas seulement aux heures ouvrées</translation>
    </message>
    <message>
        <source>This store is read-only: you can look and export, not change.</source>
        <translation>Ces données sont en lecture seule&#xa0;: vous pouvez consulter et exporter, pas modifier.</translation>
    </message>
    <message>
        <source>&amp;Edit terms…</source>
        <translation>&amp;Modifier les conditions…</translation>
    </message>
    <message>
        <source>Change the selected plan&apos;s price, response targets and services from a month on</source>
        <translation>Modifier le prix, les délais de réponse et les services du plan choisi à partir d’un mois</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>P1 business critical</source>
        <translation>P1 critique pour l’activité</translation>
    </message>
    <message>
        <source>P2 degraded service</source>
        <translation>P2 service dégradé</translation>
    </message>
    <message>
        <source>P3 general issue</source>
        <translation>P3 problème général</translation>
    </message>
</context>
<context>
    <name>ProductCategory</name>
    <message>
        <source>Generally available</source>
        <translation>Disponibilité générale</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>Bêta</translation>
    </message>
    <message>
        <source>Limited release</source>
        <translation>Diffusion limitée</translation>
    </message>
    <message>
        <source>Developer preview</source>
        <translation>Préversion pour développeurs</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Carrier service</source>
        <translation>Service d’opérateur</translation>
    </message>
    <message>
        <source>Specialist team</source>
        <translation>Équipe spécialisée</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Average first response per month, against the target (dashed)</source>
        <translation>Première réponse moyenne par mois, face à l’objectif (en pointillés)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>%1 average</source>
        <translation>%1, moyenne</translation>
    </message>
    <message>
        <source>%1 target</source>
        <translation>%1, objectif</translation>
    </message>
    <message>
        <source>Share of tickets answered within target, per month</source>
        <translation>Part des tickets traités dans l’objectif, par mois</translation>
    </message>
    <message>
        <source>% of tickets</source>
        <translation>%&#x202f;des tickets</translation>
    </message>
    <message>
        <source>Distribution of first response times</source>
        <translation>Répartition des délais de première réponse</translation>
    </message>
    <message>
        <source>Distribution of first response times: no tickets</source>
        <translation>Répartition des délais de première réponse&#xa0;: aucun ticket</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤&#xa0;%1</translation>
    </message>
    <message>
        <source>more</source>
        <translation>plus</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Average response</source>
        <translation>Réponse moyenne</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Dans l’objectif</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Répartition</translation>
    </message>
</context>
<context>
    <name>ReportMonthlyModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>%1 tickets</source>
        <translation>%1, tickets</translation>
    </message>
    <message>
        <source>%1 average</source>
        <translation>%1, moyenne</translation>
    </message>
    <message>
        <source>%1 target</source>
        <translation>%1, objectif</translation>
    </message>
    <message>
        <source>%1 within target</source>
        <translation>%1, dans l’objectif</translation>
    </message>
</context>
<context>
    <name>ReportStatus</name>
    <message>
        <source>No target</source>
        <translation>Sans objectif</translation>
    </message>
    <message>
        <source>No tickets</source>
        <translation>Aucun ticket</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>%1, provisional</source>
        <comment>status of a month with unanswered tickets</comment>
        <translation>%1, provisoire</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1, business hours</source>
        <translation>%1, heures ouvrées</translation>
    </message>
    <message>
        <source>%1, 24/7</source>
        <translation>%1, 24&#xa0;h/24</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>Some tickets are not answered yet: their time runs until they are, so this can still change.</source>
        <translation>Certains tickets n’ont pas encore reçu de réponse&#xa0;: leur délai court jusqu’à la réponse, ce résultat peut donc encore changer.</translation>
    </message>
    <message>
        <source>Measured in business hours of the account&apos;s calendar.</source>
        <translation>Mesuré en heures ouvrées du calendrier du compte.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Days on the plan</source>
        <translation>Jours sur le plan</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Average response</source>
        <translation>Réponse moyenne</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Dans l’objectif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>The report could not be computed: %1</source>
        <translation>Le rapport n’a pas pu être calculé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 targets missed; credits earned: %2 over %3 plan segments.</source>
        <translation>Objectifs manqués&#xa0;: %1&#x202f;; crédits obtenus&#xa0;: %2 sur %3 périodes de plan.</translation>
    </message>
    <message>
        <source>%1 rows are provisional: some tickets are not answered yet.</source>
        <translation>Lignes provisoires&#xa0;: %1 (certains tickets n’ont pas encore reçu de réponse).</translation>
    </message>
    <message>
        <source>Per priority</source>
        <translation>Par priorité</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
</context>
<context>
    <name>SpendTableModel</name>
    <message>
        <source>No spend entered: the month counts as $0 and a paid plan costs its minimum.</source>
        <translation>Aucune dépense saisie&#xa0;: le mois compte pour 0&#xa0;$ et un plan payant coûte son minimum.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in dollars: %2</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un montant en dollars&#xa0;: %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Support fee</source>
        <translation>Redevance de support</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>Choose the store&apos;s file.</source>
        <translation>Choisissez le fichier des données.</translation>
    </message>
    <message>
        <source>This is a folder: choose a file in it.</source>
        <translation>C’est un dossier&#xa0;: choisissez un fichier à l’intérieur.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address, such as db.example.com.</source>
        <translation>Saisissez le nom ou l’adresse du serveur, par exemple db.example.com.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Saisissez le nom de la base de données sur le serveur.</translation>
    </message>
    <message>
        <source>Enter the user name to connect as.</source>
        <translation>Saisissez le nom d’utilisateur de la connexion.</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Fichier des données</translation>
    </message>
    <message>
        <source>SupportDesk stores (*.sqlite);;All files (*)</source>
        <translation>Données SupportDesk (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Ouvrir des données</translation>
    </message>
    <message>
        <source>A &amp;file on this computer (SQLite)</source>
        <translation>Un &amp;fichier sur cet ordinateur (SQLite)</translation>
    </message>
    <message>
        <source>A database on a &amp;PostgreSQL server, shared by a team</source>
        <translation>Une base sur un serveur &amp;PostgreSQL, partagée par une équipe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>From ~/.pgpass or PGPASSWORD</source>
        <translation>Depuis ~/.pgpass ou PGPASSWORD</translation>
    </message>
    <message>
        <source>SupportDesk never saves a password. Leave it empty to use ~/.pgpass or the PGPASSWORD variable; one typed here is used for this connection only and forgotten when SupportDesk quits.</source>
        <translation>SupportDesk n’enregistre jamais de mot de passe. Laissez ce champ vide pour utiliser ~/.pgpass ou la variable PGPASSWORD&#xa0;; un mot de passe saisi ici ne sert qu’à cette connexion et est oublié quand SupportDesk se ferme.</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <source>There is no table to export here.</source>
        <translation>Il n’y a pas de tableau à exporter ici.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>Ticket &amp;id:</source>
        <translation>&amp;Identifiant du ticket&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>P&amp;roduit&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Created:</source>
        <translation>Cré&amp;é le&#xa0;:</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nouveau ticket</translation>
    </message>
    <message>
        <source>&amp;First response:</source>
        <translation>Première &amp;réponse&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;esolved:</source>
        <translation>Réso&amp;lu le&#xa0;:</translation>
    </message>
    <message>
        <source>Unique within the account</source>
        <translation>Unique au sein du compte</translation>
    </message>
    <message>
        <source>Times are on the clock of the account&apos;s time zone, %1.</source>
        <translation>Les heures sont celles du fuseau horaire du compte, %1.</translation>
    </message>
    <message>
        <source>%1: %2 does not exist in %3: the clocks jump forward then.</source>
        <translation>%1&#xa0;: %2 n’existe pas dans %3&#xa0;: les horloges avancent d’une heure à ce moment-là.</translation>
    </message>
    <message>
        <source>%1: %2 occurs twice in %3 as the clocks go back; choose a time outside that hour.</source>
        <translation>%1&#xa0;: %2 existe deux fois dans %3, car les horloges reculent&#x202f;; choisissez une heure en dehors de cette heure-là.</translation>
    </message>
    <message>
        <source>Choose the account of the ticket (add an account first if there is none).</source>
        <translation>Choisissez le compte du ticket (ajoutez d’abord un compte s’il n’y en a aucun).</translation>
    </message>
    <message>
        <source>Enter the ticket&apos;s id.</source>
        <translation>Saisissez l’identifiant du ticket.</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>Saisissez un objet.</translation>
    </message>
    <message>
        <source>Choose the product the ticket is about.</source>
        <translation>Choisissez le produit concerné par le ticket.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <source>The first response (%1) cannot be earlier than the creation (%2).</source>
        <translation>La première réponse (%1) ne peut pas précéder la création (%2).</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>The resolution (%1) cannot be earlier than the creation (%2).</source>
        <translation>La résolution (%1) ne peut pas précéder la création (%2).</translation>
    </message>
    <message>
        <source>%1 already has a ticket %2.</source>
        <translation>%1 a déjà un ticket %2.</translation>
    </message>
</context>
<context>
    <name>TicketFilterBar</name>
    <message>
        <source>Any month</source>
        <translation>Tous les mois</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Toutes les priorités</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Answered or not</source>
        <translation>Répondus ou non</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondus</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>Tous les produits</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Ticket id or subject</source>
        <translation>Identifiant ou objet du ticket</translation>
    </message>
    <message>
        <source>&amp;Breached only</source>
        <translation>&amp;Hors délai uniquement</translation>
    </message>
    <message>
        <source>Unanswered past the due time, or answered later than the plan&apos;s target</source>
        <translation>Sans réponse après l’échéance, ou répondus après l’objectif du plan</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>%1 (%2 left)</source>
        <translation>%1 (reste %2)</translation>
    </message>
    <message>
        <source>%1 (overdue by %2)</source>
        <translation>%1 (en retard de %2)</translation>
    </message>
    <message>
        <source>Response guarantee missed</source>
        <translation>Garantie de réponse manquée</translation>
    </message>
    <message>
        <source>In the account&apos;s time zone</source>
        <translation>Dans le fuseau horaire du compte</translation>
    </message>
    <message>
        <source>From creation to first response, on the clock of the plan&apos;s target</source>
        <translation>De la création à la première réponse, selon l’horloge de l’objectif du plan</translation>
    </message>
    <message>
        <source>When the first response falls due under the plan&apos;s target, and the time left</source>
        <translation>L’échéance de la première réponse selon l’objectif du plan, et le temps restant</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Délai de réponse</translation>
    </message>
    <message>
        <source>Due / time left</source>
        <translation>Échéance / temps restant</translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;Nouveau ticket…</translation>
    </message>
    <message>
        <source>&amp;Record response…</source>
        <translation>&amp;Enregistrer la réponse…</translation>
    </message>
    <message>
        <source>Record the first response or the resolution of the selected ticket</source>
        <translation>Enregistrer la première réponse ou la résolution du ticket sélectionné</translation>
    </message>
    <message>
        <source>Tickets: %1</source>
        <translation>Tickets&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>WeeklyHoursEditor</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>midnight</source>
        <translation>minuit</translation>
    </message>
    <message>
        <source>%1 (next day)</source>
        <translation>%1 (le lendemain)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>e.g. mon-fri 09:00-17:00; sat 10:00-14:00</source>
        <translation>par exemple mon-fri 09:00-17:00; sat 10:00-14:00</translation>
    </message>
    <message>
        <source>Days mon to sun, a day or a range (fri-mon wraps); clauses separated by “;”, intervals by “,”. 24:00 ends at midnight; an end before the start runs past midnight.</source>
        <translation>Jours de mon (lundi) à sun (dimanche), un jour ou une plage (fri-mon passe par le week-end)&#x202f;; clauses séparées par «&#x202f;;&#x202f;», plages horaires par «&#x202f;,&#x202f;». 24:00 finit à minuit&#x202f;; une fin avant le début se poursuit après minuit.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
</context>
</TS>
