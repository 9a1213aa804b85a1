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
    <message>
        <source>Statements and reviews</source>
        <translation>Relevés et revues</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Technical account &amp;manager:</source>
        <translation>&amp;Responsable technique de compte&#xa0;:</translation>
    </message>
    <message>
        <source>Manager&apos;s &amp;e-mail:</source>
        <translation>&amp;E-mail du responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Billing &amp;contact:</source>
        <translation>&amp;Contact de facturation&#xa0;:</translation>
    </message>
    <message>
        <source>Contact&apos;s e-ma&amp;il:</source>
        <translation>E-ma&amp;il du contact&#xa0;:</translation>
    </message>
    <message>
        <source>The language of the statements and reviews sent to this customer, whatever the window&apos;s language.</source>
        <translation>La langue des relevés et des revues envoyés à ce client, quelle que soit celle de la fenêtre.</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>an account needs a name</source>
        <translation>un compte doit avoir un nom</translation>
    </message>
    <message>
        <source>account &apos;%1&apos;: unknown time zone &apos;%2&apos;</source>
        <translation>compte «&#x202f;%1&#x202f;»&#xa0;: fuseau horaire «&#x202f;%2&#x202f;» inconnu</translation>
    </message>
    <message>
        <source>an account named &apos;%1&apos; already exists</source>
        <translation>un compte nommé «&#x202f;%1&#x202f;» existe déjà</translation>
    </message>
    <message>
        <source>account &apos;%1&apos; no longer exists</source>
        <translation>le compte «&#x202f;%1&#x202f;» n’existe plus</translation>
    </message>
    <message>
        <source>account &apos;%1&apos; was changed elsewhere since you opened it: now named &apos;%2&apos;, time zone %3, calendar &apos;%4&apos;; your change was not saved</source>
        <translation>le compte «&#x202f;%1&#x202f;» a été modifié ailleurs depuis que vous l’avez ouvert&#xa0;: il s’appelle désormais «&#x202f;%2&#x202f;», avec le fuseau horaire %3 et le calendrier «&#x202f;%4&#x202f;»&#x202f;; votre modification n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>no account with id %1</source>
        <translation>aucun compte n’a l’identifiant %1</translation>
    </message>
    <message>
        <source>no account named &apos;%1&apos;</source>
        <translation>aucun compte nommé «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>a plan change needs the date it takes effect</source>
        <translation>un changement de plan doit avoir sa date d’effet</translation>
    </message>
    <message>
        <source>no plan &apos;%1&apos;</source>
        <translation>le plan «&#x202f;%1&#x202f;» n’existe pas</translation>
    </message>
    <message>
        <source>no plan change on %1 for this account</source>
        <translation>aucun changement de plan le %1 pour ce compte</translation>
    </message>
    <message>
        <source>account &apos;%1&apos;: unknown language &apos;%2&apos; (use %3)</source>
        <translation>compte «&#x202f;%1&#x202f;»&#xa0;: langue «&#x202f;%2&#x202f;» inconnue (utilisez %3)</translation>
    </message>
    <message>
        <source>technical account manager</source>
        <translation>responsable technique de compte</translation>
    </message>
    <message>
        <source>billing contact</source>
        <translation>contact de facturation</translation>
    </message>
    <message>
        <source>account &apos;%1&apos;: &apos;%2&apos; is not an e-mail address (%3)</source>
        <translation>compte «&#x202f;%1&#x202f;»&#xa0;: «&#x202f;%2&#x202f;» n’est pas une adresse e-mail (%3)</translation>
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
    <message>
        <source>The accounts could not be read</source>
        <translation>Les comptes n’ont pas pu être lus</translation>
    </message>
    <message>
        <source>&amp;Statement…</source>
        <translation>&amp;Relevé…</translation>
    </message>
    <message>
        <source>The account&apos;s monthly SLA statement, to preview, print or save as PDF</source>
        <translation>Le relevé mensuel de niveau de service du compte, à prévisualiser, imprimer ou enregistrer en PDF</translation>
    </message>
    <message>
        <source>&amp;Quarterly review…</source>
        <translation>Évaluation &amp;trimestrielle…</translation>
    </message>
    <message>
        <source>The account&apos;s quarterly status review, with the TAM&apos;s notes</source>
        <translation>L’évaluation trimestrielle du statut du compte, avec les notes du responsable technique</translation>
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
    <name>CalendarStore</name>
    <message>
        <source>a holiday</source>
        <translation>un jour férié</translation>
    </message>
    <message>
        <source>holiday &apos;%1&apos;</source>
        <translation>le jour férié «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>%1 has no valid date</source>
        <translation>%1 n’a pas de date valide</translation>
    </message>
    <message>
        <source>%1: month %2 does not exist</source>
        <translation>%1&#xa0;: le mois %2 n’existe pas</translation>
    </message>
    <message>
        <source>%1: day %2 does not exist in month %3</source>
        <translation>%1&#xa0;: le jour %2 n’existe pas dans le mois %3</translation>
    </message>
    <message>
        <source>%1: weekday %2 is not between 1 (Monday) and 7 (Sunday)</source>
        <translation>%1&#xa0;: le jour de la semaine %2 n’est pas compris entre 1 (lundi) et 7 (dimanche)</translation>
    </message>
    <message>
        <source>%1: week %2 is not between 1 and 5</source>
        <translation>%1&#xa0;: la semaine %2 n’est pas comprise entre 1 et 5</translation>
    </message>
    <message>
        <source>a calendar needs a name</source>
        <translation>un calendrier doit avoir un nom</translation>
    </message>
    <message>
        <source>calendar &apos;%1&apos;: unknown time zone &apos;%2&apos;</source>
        <translation>calendrier «&#x202f;%1&#x202f;»&#xa0;: fuseau horaire «&#x202f;%2&#x202f;» inconnu</translation>
    </message>
    <message>
        <source>calendar &apos;%1&apos;: %2 hours %3-%4 are not a valid interval</source>
        <translation>calendrier «&#x202f;%1&#x202f;»&#xa0;: %2, les horaires %3-%4 ne forment pas une plage valide</translation>
    </message>
    <message>
        <source>calendar &apos;%1&apos;: %2</source>
        <translation>calendrier «&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>a calendar named &apos;%1&apos; already exists</source>
        <translation>un calendrier nommé «&#x202f;%1&#x202f;» existe déjà</translation>
    </message>
    <message>
        <source>calendar &apos;%1&apos; was changed elsewhere since you opened it: now time zone %2, %3; your change was not saved</source>
        <translation>le calendrier «&#x202f;%1&#x202f;» a été modifié ailleurs depuis que vous l’avez ouvert&#xa0;: désormais fuseau horaire %2, %3&#x202f;; votre modification n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>no calendar named &apos;%1&apos;</source>
        <translation>aucun calendrier nommé «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>this store has no default calendar: name one</source>
        <translation>ces données n’ont pas de calendrier par défaut&#xa0;: désignez-en un</translation>
    </message>
    <message>
        <source>calendar &apos;%1&apos; is the default calendar and cannot be removed</source>
        <translation>le calendrier «&#x202f;%1&#x202f;» est le calendrier par défaut et ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>calendar &apos;%1&apos; has no such holiday</source>
        <translation>le calendrier «&#x202f;%1&#x202f;» n’a pas ce jour férié</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s)</source>
        <translation>
            <numerusform>%n jour férié</numerusform>
            <numerusform>%n jours fériés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>calendar &apos;%1&apos; is used by %n account(s): give them another calendar first</source>
        <translation>
            <numerusform>le calendrier «&#x202f;%1&#x202f;» est utilisé par %n compte&#xa0;: donnez-lui d’abord un autre calendrier</numerusform>
            <numerusform>le calendrier «&#x202f;%1&#x202f;» est utilisé par %n comptes&#xa0;: donnez-leur d’abord un autre calendrier</numerusform>
        </translation>
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
    <message>
        <source>The calendars could not be read</source>
        <translation>Les calendriers n’ont pas pu être lus</translation>
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
    <name>ClaimStore</name>
    <message>
        <source>a claim needs the date it was filed</source>
        <translation>une réclamation doit avoir sa date de dépôt</translation>
    </message>
    <message>
        <source>a credit cannot be negative</source>
        <translation>un crédit ne peut pas être négatif</translation>
    </message>
    <message>
        <source>no account with id %1</source>
        <translation>aucun compte n’a l’identifiant %1</translation>
    </message>
    <message>
        <source>the credit of %1 was already granted to this account</source>
        <translation>le crédit du mois %1 a déjà été accordé à ce compte</translation>
    </message>
    <message>
        <source>claim %1 of the store &apos;%2&apos; has a month or outcome SupportDesk does not know (&apos;%3&apos;, &apos;%4&apos;)</source>
        <translation>la réclamation %1 des données «&#x202f;%2&#x202f;» a un mois ou une décision que SupportDesk ne connaît pas («&#x202f;%3&#x202f;», «&#x202f;%4&#x202f;»)</translation>
    </message>
    <message>
        <source>a claim of the store &apos;%1&apos; has a month SupportDesk does not know (&apos;%2&apos;)</source>
        <translation>une réclamation des données «&#x202f;%1&#x202f;» a un mois que SupportDesk ne connaît pas («&#x202f;%2&#x202f;»)</translation>
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
    <message>
        <source>Decided</source>
        <translation>Décidée</translation>
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
    <message>
        <source>The credits could not be computed</source>
        <translation>Les crédits n’ont pas pu être calculés</translation>
    </message>
    <message>
        <source>The claims could not be read</source>
        <translation>Les réclamations n’ont pas pu être lues</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field runs on for more than %1 characters: is its closing quote missing?</source>
        <translation>un champ entre guillemets dépasse %1&#xa0;caractères&#xa0;: manque-t-il le guillemet fermant&#x202f;?</translation>
    </message>
    <message>
        <source>unterminated quoted field</source>
        <translation>champ entre guillemets non terminé</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>texte après un guillemet fermant</translation>
    </message>
    <message>
        <source>quote inside an unquoted field</source>
        <translation>guillemet dans un champ sans guillemets</translation>
    </message>
    <message>
        <source>the record is longer than %1 characters</source>
        <translation>l’enregistrement dépasse %1&#xa0;caractères</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3&#xa0;: %4</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>UTF-8 non valide</translation>
    </message>
    <message>
        <source>not a text file</source>
        <translation>ce n’est pas un fichier texte</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>erreur de lecture&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CsvRowSource</name>
    <message>
        <source>%1: no header row</source>
        <translation>%1&#xa0;: aucune ligne d’en-tête</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>write error: %1</source>
        <translation>erreur d’écriture&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CustomerDocumentDialog</name>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>Choose a quarter.</source>
        <translation>Choisissez un trimestre.</translation>
    </message>
    <message>
        <source>%1
Your text is still here: save again to replace what is stored.</source>
        <translation>%1
Votre texte est conservé ici&#xa0;: enregistrez à nouveau pour remplacer ce qui est enregistré.</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Notes enregistrées.</translation>
    </message>
    <message>
        <source>The printer refused the document.</source>
        <translation>L’imprimante a refusé le document.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as HTML</source>
        <translation>Enregistrer en HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <source>Monthly statement</source>
        <translation>Relevé mensuel</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>Évaluation trimestrielle</translation>
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
        <source>&amp;Quarter:</source>
        <translation>&amp;Trimestre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>&amp;Langue du document&#xa0;:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Notes and actions (the review&apos;s last page)</source>
        <translation>Notes et actions (dernière page de l’évaluation)</translation>
    </message>
    <message>
        <source>What the technical account manager tells the customer this quarter</source>
        <translation>Ce que le responsable technique de compte dit au client ce trimestre</translation>
    </message>
    <message>
        <source>Save &amp;notes</source>
        <translation>Enregistrer les &amp;notes</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>Enregistrer en &amp;HTML…</translation>
    </message>
    <message>
        <source>S&amp;ender&apos;s name and logo…</source>
        <translation>&amp;Expéditeur&#xa0;: nom et logo…</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>&apos;%1&apos; is not a SupportDesk store (%2)</source>
        <translation>«&#x202f;%1&#x202f;» ne contient pas de données SupportDesk (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SupportDesk store</source>
        <translation>«&#x202f;%1&#x202f;» ne contient pas de données SupportDesk</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a database of another application, not a SupportDesk store</source>
        <translation>«&#x202f;%1&#x202f;» est la base de données d’une autre application et ne contient pas de données SupportDesk</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer version of SupportDesk (schema version %2; this version knows up to %3): open it with that version</source>
        <translation>les données «&#x202f;%1&#x202f;» ont été écrites par une version plus récente de SupportDesk (version de schéma %2&#x202f;; cette version-ci connaît jusqu’à la version %3)&#xa0;: ouvrez-les avec cette version-là</translation>
    </message>
    <message>
        <source>no store file was given</source>
        <translation>aucun fichier de données n’a été indiqué</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un fichier</translation>
    </message>
    <message>
        <source>could not create the folder &apos;%1&apos;</source>
        <translation>impossible de créer le dossier «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>could not open the store &apos;%1&apos;: %2</source>
        <translation>impossible d’ouvrir les données «&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is read-only and needs an upgrade to schema version %2: make it writable and open it again</source>
        <translation>le fichier «&#x202f;%1&#x202f;» est en lecture seule et doit être mis à niveau vers la version de schéma %2&#xa0;: rendez-le accessible en écriture et ouvrez-le à nouveau</translation>
    </message>
    <message>
        <source>could not prepare the store &apos;%1&apos;: %2</source>
        <translation>impossible de préparer les données «&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>«&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>could not fill the store &apos;%1&apos;: %2</source>
        <translation>impossible d’initialiser les données «&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL address: write postgresql://user@host:port/dbname</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une adresse PostgreSQL&#xa0;: écrivez postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>the address &apos;%1&apos; holds a password: SupportDesk never keeps one; leave it out of the address and put it in ~/.pgpass (a line host:port:dbname:user:password, the file of mode 0600) or in the PGPASSWORD environment variable</source>
        <translation>l’adresse «&#x202f;%1&#x202f;» contient un mot de passe&#xa0;: SupportDesk n’en conserve jamais&#x202f;; retirez-le de l’adresse et placez-le dans ~/.pgpass (une ligne host:port:dbname:user:password, le fichier en mode 0600) ou dans la variable d’environnement PGPASSWORD</translation>
    </message>
    <message>
        <source>could not connect to PostgreSQL at %1: the Qt PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed</source>
        <translation>impossible de se connecter à PostgreSQL sur %1&#xa0;: le pilote PostgreSQL de Qt (QPSQL, paquet Debian libqt6sql6-psql) n’est pas installé</translation>
    </message>
    <message>
        <source>the address &apos;%1&apos; holds a password: SupportDesk never keeps one; put it in ~/.pgpass or PGPASSWORD instead</source>
        <translation>l’adresse «&#x202f;%1&#x202f;» contient un mot de passe&#xa0;: SupportDesk n’en conserve jamais&#x202f;; placez-le plutôt dans ~/.pgpass ou PGPASSWORD</translation>
    </message>
    <message>
        <source>could not connect to PostgreSQL at %1: %2</source>
        <translation>impossible de se connecter à PostgreSQL sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs an upgrade to schema version %2 and the role &apos;%3&apos; may only read it: open it once with the role that owns it</source>
        <translation>les données «&#x202f;%1&#x202f;» doivent être mises à niveau vers la version de schéma %2 et le rôle «&#x202f;%3&#x202f;» ne peut que les lire&#xa0;: ouvrez-les une fois avec le rôle qui en est propriétaire</translation>
    </message>
    <message>
        <source>the store is read-only (the role &apos;%1&apos; may only read &apos;%2&apos;): nothing was changed; ask the store&apos;s administrator for the role that may change it</source>
        <translation>les données sont en lecture seule (le rôle «&#x202f;%1&#x202f;» ne peut que lire «&#x202f;%2&#x202f;»)&#xa0;: rien n’a été modifié&#x202f;; demandez à l’administrateur des données le rôle qui peut les modifier</translation>
    </message>
    <message>
        <source>the store is read-only (&apos;%1&apos; may not be written): nothing was changed; make the file writable to change it</source>
        <translation>les données sont en lecture seule («&#x202f;%1&#x202f;» n’est pas accessible en écriture)&#xa0;: rien n’a été modifié&#x202f;; rendez le fichier accessible en écriture pour pouvoir les modifier</translation>
    </message>
    <message>
        <source>the connection to the store &apos;%1&apos; was lost (%2): nothing more was read or changed; it is opened again at the next action</source>
        <translation>la connexion aux données «&#x202f;%1&#x202f;» a été perdue (%2)&#xa0;: plus rien n’a été lu ni modifié&#x202f;; elle sera rétablie à la prochaine action</translation>
    </message>
    <message>
        <source>the store &apos;%1&apos; looks damaged (%2): no result comes from it and nothing in it was changed; check it with supportdesk-cli db check and put a backup back with supportdesk-cli db restore</source>
        <translation>les données «&#x202f;%1&#x202f;» semblent endommagées (%2)&#xa0;: aucun résultat n’en est tiré et rien n’y a été modifié&#x202f;; vérifiez-les avec supportdesk-cli db check et restaurez une sauvegarde avec supportdesk-cli db restore</translation>
    </message>
    <message>
        <source>the store is locked by another program (the desktop application or another supportdesk-cli) and stayed locked for %1 seconds: nothing was changed; try again when it has finished</source>
        <translation>les données sont verrouillées par un autre programme (l’application de bureau ou un autre supportdesk-cli) et le sont restées pendant %1&#xa0;secondes&#xa0;: rien n’a été modifié&#x202f;; réessayez quand il aura terminé</translation>
    </message>
    <message>
        <source>the store &apos;%1&apos; could not be read: %2</source>
        <translation>les données «&#x202f;%1&#x202f;» n’ont pas pu être lues&#xa0;: %2</translation>
    </message>
    <message>
        <source>the store &apos;%1&apos; could not be changed: %2</source>
        <translation>les données «&#x202f;%1&#x202f;» n’ont pas pu être modifiées&#xa0;: %2</translation>
    </message>
    <message>
        <source>the store cannot be changed: %1</source>
        <translation>les données ne peuvent pas être modifiées&#xa0;: %1</translation>
    </message>
    <message>
        <source>the change could not be saved: %1</source>
        <translation>la modification n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs an upgrade to schema version %2, which is only made after a copy of the store is saved, and the copy could not be saved: %3; nothing was changed</source>
        <translation>les données «&#x202f;%1&#x202f;» doivent être mises à niveau vers la version de schéma %2, ce qui n’est fait qu’après en avoir enregistré une copie, et la copie n’a pas pu être enregistrée&#xa0;: %3&#x202f;; rien n’a été modifié</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>demo: --accounts and --months must be at least 1, --tickets at least 0</source>
        <translation>demo&#xa0;: --accounts et --months doivent valoir au moins 1, --tickets au moins 0</translation>
    </message>
    <message>
        <source>demo: the store already has accounts; give a new store with --db</source>
        <translation>demo&#xa0;: ces données contiennent déjà des comptes&#x202f;; indiquez de nouvelles données avec --db</translation>
    </message>
</context>
<context>
    <name>DocumentLanguage</name>
    <message>
        <source>unknown document language &apos;%1&apos; (use %2)</source>
        <translation>langue de document «&#x202f;%1&#x202f;» inconnue (utilisez %2)</translation>
    </message>
    <message>
        <source>the %1 catalogue of documents cannot be loaded</source>
        <translation>le catalogue «&#x202f;%1&#x202f;» des documents ne peut pas être chargé</translation>
    </message>
</context>
<context>
    <name>DocumentPdf</name>
    <message>
        <source>Made on %1 UTC</source>
        <translation>Établi le %1 UTC</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>a PDF needs the program&apos;s graphical part</source>
        <translation>un PDF a besoin de la partie graphique du programme</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossible d’écrire «&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;</source>
        <translation>impossible d’écrire «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>the vendor&apos;s logo cannot be read as an image</source>
        <translation>le logo du fournisseur ne peut pas être lu comme une image</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FactsLoader</name>
    <message>
        <source>account &apos;%1&apos; has an unknown time zone &apos;%2&apos;</source>
        <translation>le compte «&#x202f;%1&#x202f;» a un fuseau horaire inconnu, «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>account &apos;%1&apos; uses an unknown calendar &apos;%2&apos;</source>
        <translation>le compte «&#x202f;%1&#x202f;» utilise un calendrier inconnu, «&#x202f;%2&#x202f;»</translation>
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
    <name>ForeignTicketReader</name>
    <message>
        <source>%1: the mapping&apos;s column %2 (%3) is not in the file&apos;s header</source>
        <translation>%1&#xa0;: la colonne %2 de la correspondance (%3) n’est pas dans l’en-tête du fichier</translation>
    </message>
    <message>
        <source>%1: no column is mapped to %2: every ticket needs one</source>
        <translation>%1&#xa0;: aucune colonne ne correspond à %2&#xa0;: chaque ticket en a besoin</translation>
    </message>
    <message>
        <source>%1: no account: give --account, or map a column to account</source>
        <translation>%1&#xa0;: aucun compte&#xa0;: indiquez --account, ou faites correspondre une colonne au compte</translation>
    </message>
    <message>
        <source>%1: no product: give --product, or map a column to product</source>
        <translation>%1&#xa0;: aucun produit&#xa0;: indiquez --product, ou faites correspondre une colonne au produit</translation>
    </message>
    <message>
        <source>%1: unknown time zone %2: expected an IANA zone such as Europe/Paris</source>
        <translation>%1&#xa0;: fuseau horaire inconnu %2&#xa0;: un fuseau IANA est attendu, par exemple Europe/Paris</translation>
    </message>
    <message>
        <source>%1: the times of a %2 export have no UTC offset: give their time zone with --zone (e.g. --zone Europe/Paris)</source>
        <translation>%1&#xa0;: les heures d’un export %2 n’ont pas de décalage UTC&#xa0;: indiquez leur fuseau horaire avec --zone (par exemple --zone Europe/Paris)</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>empty: every ticket needs an id</source>
        <translation>vide&#xa0;: chaque ticket a besoin d’un identifiant</translation>
    </message>
    <message>
        <source>empty: every ticket needs its creation time</source>
        <translation>vide&#xa0;: chaque ticket a besoin de sa date de création</translation>
    </message>
    <message>
        <source>%1 is earlier than the creation time %2</source>
        <translation>%1 est antérieur à la date de création %2</translation>
    </message>
    <message>
        <source>empty, and there is no default account: give --account</source>
        <translation>vide, et il n’y a pas de compte par défaut&#xa0;: indiquez --account</translation>
    </message>
    <message>
        <source>empty, and the mapping has no priority for a blank cell</source>
        <translation>vide, et la correspondance n’a pas de priorité pour une cellule vide</translation>
    </message>
    <message>
        <source>%1 has no priority in the mapping</source>
        <translation>%1 n’a pas de priorité dans la correspondance</translation>
    </message>
    <message>
        <source>empty, and there is no default product: give --product</source>
        <translation>vide, et il n’y a pas de produit par défaut&#xa0;: indiquez --product</translation>
    </message>
    <message>
        <source>%1:%2: column %3: %4 has no UTC offset, and no time zone was given: give the export&apos;s zone with --zone (e.g. --zone Europe/Paris)</source>
        <translation>%1:%2&#xa0;: colonne %3&#xa0;: %4 n’a pas de décalage UTC, et aucun fuseau horaire n’a été indiqué&#xa0;: indiquez le fuseau de l’export avec --zone (par exemple --zone Europe/Paris)</translation>
    </message>
    <message>
        <source>%1: expected Within SLA or SLA Violated</source>
        <translation>%1&#xa0;: Within SLA ou SLA Violated attendu</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>colonne %1&#xa0;: %2</translation>
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
    <name>HelpdeskImport</name>
    <message>
        <source>account &apos;%1&apos; is not in the store: add it, or let the import add it (--create-missing)</source>
        <translation>le compte «&#x202f;%1&#x202f;» n’existe pas dans les données&#xa0;: ajoutez-le, ou laissez l’import l’ajouter (--create-missing)</translation>
    </message>
    <message>
        <source>product &apos;%1&apos; is not in the store: add it, or let the import add it (--create-missing)</source>
        <translation>le produit «&#x202f;%1&#x202f;» n’existe pas dans les données&#xa0;: ajoutez-le, ou laissez l’import l’ajouter (--create-missing)</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>dry run cancelled</source>
        <translation>essai à blanc annulé</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: adding account &apos;%2&apos;: %3</source>
        <translation>%1&#xa0;: ajout du compte «&#x202f;%2&#x202f;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: adding product &apos;%2&apos;: %3</source>
        <translation>%1&#xa0;: ajout du produit «&#x202f;%2&#x202f;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: SupportDesk&apos;s own CSV carries no help desk figure to reconcile</source>
        <translation>%1&#xa0;: le CSV propre à SupportDesk ne contient aucun chiffre d’outil d’assistance à rapprocher</translation>
    </message>
    <message>
        <source>%1: reconciliation cancelled</source>
        <translation>%1&#xa0;: rapprochement annulé</translation>
    </message>
</context>
<context>
    <name>HelpdeskTimestamps</name>
    <message>
        <source>invalid timestamp %1: %2</source>
        <translation>horodatage %1 non valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected the time as h:mm</source>
        <translation>heure attendue sous la forme h:mm</translation>
    </message>
    <message>
        <source>expected two-digit minutes from 00 to 59</source>
        <translation>minutes attendues sur deux chiffres, de 00 à 59</translation>
    </message>
    <message>
        <source>expected two-digit seconds from 00 to 59</source>
        <translation>secondes attendues sur deux chiffres, de 00 à 59</translation>
    </message>
    <message>
        <source>unexpected %1 after the time</source>
        <translation>%1 inattendu après l’heure</translation>
    </message>
    <message>
        <source>expected AM or PM after the time</source>
        <translation>AM ou PM attendu après l’heure</translation>
    </message>
    <message>
        <source>hour %1 is out of range</source>
        <translation>l’heure %1 est hors limites</translation>
    </message>
    <message>
        <source>expected AM or PM after the time, not %1</source>
        <translation>AM ou PM attendu après l’heure, et non %1</translation>
    </message>
    <message>
        <source>hour %1 is out of range for a 12-hour clock</source>
        <translation>l’heure %1 est hors limites pour une horloge de 12&#xa0;heures</translation>
    </message>
    <message>
        <source>there is no such date</source>
        <translation>cette date n’existe pas</translation>
    </message>
    <message>
        <source>expected dd/MMM/yy h:mm AM, e.g. 19/Jan/26 12:47 PM</source>
        <translation>format dd/MMM/yy h:mm AM attendu, par exemple 19/Jan/26 12:47 PM</translation>
    </message>
    <message>
        <source>unknown month %1</source>
        <translation>mois inconnu %1</translation>
    </message>
    <message>
        <source>expected YYYY-MM-DD HH:MM, MM/DD/YYYY h:mm AM or DD/MM/YYYY HH:MM</source>
        <translation>format YYYY-MM-DD HH:MM, MM/DD/YYYY h:mm AM ou DD/MM/YYYY HH:MM attendu</translation>
    </message>
    <message>
        <source>month %1 is out of range</source>
        <translation>le mois %1 est hors limites</translation>
    </message>
    <message>
        <source>expected YYYY-MM-DD HH:MM:SS or a spreadsheet date</source>
        <translation>format YYYY-MM-DD HH:MM:SS ou date de tableur attendu</translation>
    </message>
    <message>
        <source>the spreadsheet date is out of range</source>
        <translation>la date de tableur est hors limites</translation>
    </message>
    <message>
        <source>invalid remaining time %1: expected [-]H:MM, e.g. -1:30</source>
        <translation>temps restant %1 non valide&#xa0;: format [-]H:MM attendu, par exemple -1:30</translation>
    </message>
    <message>
        <source>invalid duration %1: expected a number that is not negative</source>
        <translation>durée %1 non valide&#xa0;: un nombre positif ou nul est attendu</translation>
    </message>
    <message>
        <source>invalid duration %1: expected e.g. 1 hours 5 minutes 0 seconds</source>
        <translation>durée %1 non valide&#xa0;: format attendu par exemple 1 hours 5 minutes 0 seconds</translation>
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
    <name>HoursSpec</name>
    <message>
        <source>%1 is not a time HH:MM</source>
        <translation>%1 n’est pas une heure HH:MM</translation>
    </message>
    <message>
        <source>minute %1 of %2 is out of range</source>
        <translation>la minute %1 de %2 est hors limites</translation>
    </message>
    <message>
        <source>%1 can only end an interval</source>
        <translation>%1 ne peut que terminer une plage</translation>
    </message>
    <message>
        <source>hour %1 of %2 is out of range</source>
        <translation>l’heure %1 de %2 est hors limites</translation>
    </message>
    <message>
        <source>%1 is not an interval HH:MM-HH:MM</source>
        <translation>%1 n’est pas une plage HH:MM-HH:MM</translation>
    </message>
    <message>
        <source>interval %1 starts and ends at the same time</source>
        <translation>la plage %1 commence et finit à la même heure</translation>
    </message>
    <message>
        <source>expected a day or a range of days (mon to sun) before %1</source>
        <translation>il manque un jour ou une plage de jours (de mon à sun) avant %1</translation>
    </message>
    <message>
        <source>unknown day %1 (use mon to sun)</source>
        <translation>jour %1 inconnu (jours possibles&#xa0;: de mon à sun)</translation>
    </message>
    <message>
        <source>in %1: %2</source>
        <translation>dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected hours HH:MM-HH:MM after %1</source>
        <translation>il manque des horaires HH:MM-HH:MM après %1</translation>
    </message>
    <message>
        <source>an interval is missing between commas</source>
        <translation>il manque une plage entre deux virgules</translation>
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
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>unknown key %1 in the mapping: the keys are %2</source>
        <translation>clé %1 inconnue dans la correspondance&#xa0;: les clés sont %2</translation>
    </message>
    <message>
        <source>%1 of the mapping must be an object</source>
        <translation>%1 de la correspondance doit être un objet</translation>
    </message>
    <message>
        <source>%1 of the mapping must be text</source>
        <translation>%1 de la correspondance doit être du texte</translation>
    </message>
    <message>
        <source>unknown source %1 in the mapping</source>
        <translation>source %1 inconnue dans la correspondance</translation>
    </message>
    <message>
        <source>unknown field %1 in the mapping&apos;s columns</source>
        <translation>champ %1 inconnu dans les colonnes de la correspondance</translation>
    </message>
    <message>
        <source>the column of %1 must be text</source>
        <translation>la colonne de %1 doit être du texte</translation>
    </message>
    <message>
        <source>unknown priority for %1 in the mapping: expected P1, P2, P3 or null</source>
        <translation>priorité inconnue pour %1 dans la correspondance&#xa0;: P1, P2, P3 ou null attendu</translation>
    </message>
    <message>
        <source>unknown channel for %1 in the mapping: expected email, chat, phone or web</source>
        <translation>canal inconnu pour %1 dans la correspondance&#xa0;: email, chat, phone ou web attendu</translation>
    </message>
    <message>
        <source>unknown default channel in the mapping: expected email, chat, phone or web</source>
        <translation>canal par défaut inconnu dans la correspondance&#xa0;: email, chat, phone ou web attendu</translation>
    </message>
    <message>
        <source>the account of %1 must be text</source>
        <translation>le compte de %1 doit être du texte</translation>
    </message>
</context>
<context>
    <name>ImportMappingStore</name>
    <message>
        <source>the saved mapping &apos;%1&apos; cannot be read: %2</source>
        <translation>la correspondance enregistrée «&#x202f;%1&#x202f;» est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>a mapping needs a name</source>
        <translation>une correspondance doit avoir un nom</translation>
    </message>
    <message>
        <source>no mapping is saved as &apos;%1&apos;</source>
        <translation>aucune correspondance n’est enregistrée sous le nom «&#x202f;%1&#x202f;»</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import tickets</source>
        <translation>Importer des tickets</translation>
    </message>
</context>
<context>
    <name>ImportWizardDryRunPage</name>
    <message>
        <source>Dry run</source>
        <translation>Essai à blanc</translation>
    </message>
    <message>
        <source>What the import would do. Nothing has been written yet.</source>
        <translation>Ce que ferait l’import. Rien n’a encore été écrit.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Refused rows:</source>
        <translation>Lignes &amp;refusées&#xa0;:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>First &amp;tickets, as they would be stored (times in UTC):</source>
        <translation>Premiers &amp;tickets, tels qu’ils seraient enregistrés (heures en UTC)&#xa0;:</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
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
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Échec.</translation>
    </message>
    <message>
        <source>Go back to change the file or its mapping.</source>
        <translation>Revenez en arrière pour changer le fichier ou sa correspondance.</translation>
    </message>
    <message>
        <source>Read.</source>
        <translation>Lu.</translation>
    </message>
    <message>
        <source>Tickets read: %1. New: %2, updated: %3, unchanged: %4. Refused: %5. Skipped by the mapping: %6.</source>
        <translation>Tickets lus&#xa0;: %1. Nouveaux&#xa0;: %2, modifiés&#xa0;: %3, inchangés&#xa0;: %4. Refusés&#xa0;: %5. Écartés par la correspondance&#xa0;: %6.</translation>
    </message>
    <message>
        <source>Accounts to add: %1.</source>
        <translation>Comptes à ajouter&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Products to add: %1.</source>
        <translation>Produits à ajouter&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The import is all rows or none: go back and fix the mapping (or the file) so that no row is refused.</source>
        <translation>L’import prend toutes les lignes ou aucune&#xa0;: revenez en arrière et corrigez la correspondance (ou le fichier) pour qu’aucune ligne ne soit refusée.</translation>
    </message>
    <message>
        <source>The file holds no ticket to import.</source>
        <translation>Le fichier ne contient aucun ticket à importer.</translation>
    </message>
    <message>
        <source>Ready: Import writes these tickets in one transaction.</source>
        <translation>Prêt&#xa0;: Importer écrit ces tickets en une seule transaction.</translation>
    </message>
    <message>
        <source>&amp;Refused rows (the first %1 of %2):</source>
        <translation>Lignes &amp;refusées (les %1 premières sur %2)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ImportWizardFilePage</name>
    <message>
        <source>Export file</source>
        <translation>Fichier d’export</translation>
    </message>
    <message>
        <source>The tickets exported from your help desk (Zendesk, Freshdesk, Jira Service Management, Intercom, Zammad, osTicket, GLPI) or a SupportDesk ticket CSV.</source>
        <translation>Les tickets exportés de votre outil d’assistance (Zendesk, Freshdesk, Jira Service Management, Intercom, Zammad, osTicket, GLPI) ou un CSV de tickets SupportDesk.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Import tickets</source>
        <translation>Importer des tickets</translation>
    </message>
    <message>
        <source>Exports (*.csv *.json *.jsonl *.xlsx);;All files (*)</source>
        <translation>Exports (*.csv *.json *.jsonl *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>This file cannot be read as an export.

%1</source>
        <translation>Ce fichier ne peut pas être lu comme un export.

%1</translation>
    </message>
</context>
<context>
    <name>ImportWizardImportPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>All rows or none: stopping the import leaves the store as it was.</source>
        <translation>Toutes les lignes ou aucune&#xa0;: arrêter l’import laisse les données telles qu’elles étaient.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>The import was stopped: no ticket was changed.</source>
        <translation>L’import a été arrêté&#xa0;: aucun ticket n’a été modifié.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importé.</translation>
    </message>
    <message>
        <source>Tickets imported: %1.</source>
        <translation>Tickets importés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Next compares the help desk&apos;s own first-response figures with SupportDesk&apos;s.</source>
        <translation>Suivant compare les délais de première réponse de l’outil d’assistance avec ceux de SupportDesk.</translation>
    </message>
</context>
<context>
    <name>ImportWizardMappingPage</name>
    <message>
        <source>Mapping</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Which column holds what, and how its values read. A priority value that is not mapped refuses its tickets.</source>
        <translation>Ce que contient chaque colonne, et comment lire ses valeurs. Une valeur de priorité sans correspondance fait refuser ses tickets.</translation>
    </message>
    <message>
        <source>:</source>
        <comment>after a field&apos;s label</comment>
        <translation>&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Account of tickets &amp;without one:</source>
        <translation>Compte des tic&amp;kets sans compte&#xa0;:</translation>
    </message>
    <message>
        <source>Pro&amp;duct of tickets without one:</source>
        <translation>Produi&amp;t des tickets sans produit&#xa0;:</translation>
    </message>
    <message>
        <source>Col&amp;umns</source>
        <translation>Colo&amp;nnes</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>Or&amp;ganisations</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <source>&amp;Name of the mapping:</source>
        <translation>&amp;Nom de la correspondance&#xa0;:</translation>
    </message>
    <message>
        <source>The mapping was not saved.

%1</source>
        <translation>La correspondance n’a pas été enregistrée.

%1</translation>
    </message>
    <message>
        <source>Mapping saved as %1.</source>
        <translation>Correspondance enregistrée sous le nom «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Priorit&amp;y values</source>
        <translation>&amp;Valeurs de priorité</translation>
    </message>
    <message>
        <source>Channe&amp;l values</source>
        <translation>Valeurs des canau&amp;x</translation>
    </message>
    <message>
        <source>Sav&amp;e mapping as…</source>
        <translation>&amp;Enregistrer la correspondance sous…</translation>
    </message>
</context>
<context>
    <name>ImportWizardProgress</name>
    <message>
        <source>Rebuilding indexes…</source>
        <translation>Reconstruction des index…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Interr&amp;ompre</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
</context>
<context>
    <name>ImportWizardReconcilePage</name>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>The help desk&apos;s own first-response figures against SupportDesk&apos;s, on each account&apos;s calendar and plan. Nothing is written.</source>
        <translation>Les délais de première réponse de l’outil d’assistance comparés à ceux de SupportDesk, selon le calendrier et le plan de chaque compte. Rien n’est écrit.</translation>
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
        <source>Created (UTC)</source>
        <translation>Créé (UTC)</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>SupportDesk</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Outil d’assistance</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Likely cause</source>
        <translation>Cause probable</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Comparing %1…</source>
        <translation>Comparaison de %1…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Échec.</translation>
    </message>
    <message>
        <source>Compared.</source>
        <translation>Comparé.</translation>
    </message>
    <message>
        <source>within target</source>
        <translation>dans l’objectif</translation>
    </message>
    <message>
        <source>target missed</source>
        <translation>objectif manqué</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <source>There is no reconciliation to export.</source>
        <translation>Il n’y a aucun rapprochement à exporter.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export the mismatches</source>
        <translation>Exporter les écarts</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The mismatches were not exported.

%1</source>
        <translation>Les écarts n’ont pas été exportés.

%1</translation>
    </message>
</context>
<context>
    <name>ImportWizardSourcePage</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>The help desk that wrote the export decides how its columns and values are read.</source>
        <translation>L’outil d’assistance qui a écrit l’export détermine la lecture de ses colonnes et de ses valeurs.</translation>
    </message>
    <message>
        <source>&amp;Written by:</source>
        <translation>É&amp;crit par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start from mapping:</source>
        <translation>Partir de la co&amp;rrespondance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Columns of the file:</source>
        <translation>C&amp;olonnes du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>The source&apos;s usual mapping</source>
        <translation>La correspondance habituelle de la source</translation>
    </message>
    <message>
        <source>Detected: %1.</source>
        <translation>Détecté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The saved mappings cannot be read: %1</source>
        <translation>Les correspondances enregistrées sont illisibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ImportWizardValueMaps</name>
    <message>
        <source>Not mapped: its tickets are refused</source>
        <translation>Sans correspondance&#xa0;: ses tickets sont refusés</translation>
    </message>
    <message>
        <source>Ignored: its tickets are skipped</source>
        <translation>Ignorée&#xa0;: ses tickets sont écartés</translation>
    </message>
    <message>
        <source>Account %1, to add</source>
        <translation>Compte %1, à ajouter</translation>
    </message>
    <message>
        <source>Skip its tickets</source>
        <translation>Écarter ses tickets</translation>
    </message>
    <message>
        <source>The mapping reads no column for these values.</source>
        <translation>La correspondance ne lit aucune colonne pour ces valeurs.</translation>
    </message>
    <message>
        <source>Values of column %1; %2 more rows hold values not listed here.</source>
        <translation>Valeurs de la colonne %1&#xa0;; %2 autres lignes contiennent des valeurs non listées ici.</translation>
    </message>
    <message>
        <source>Values of column %1:</source>
        <translation>Valeurs de la colonne %1&#xa0;:</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1 (rows: %2)</source>
        <translation>%1 (lignes&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>ImportWizardZonePage</name>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>The zone the help desk wrote its times in, when they carry no offset.</source>
        <translation>Le fuseau dans lequel l’outil d’assistance a écrit ses heures, quand elles n’indiquent pas de décalage.</translation>
    </message>
    <message>
        <source>&amp;Zone of the times:</source>
        <translation>&amp;Fuseau des heures&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add missing accounts and products</source>
        <translation>&amp;Ajouter les comptes et produits manquants</translation>
    </message>
    <message>
        <source>Accounts and products named by the file that the store lacks are added; otherwise their tickets are refused. New accounts get this zone.</source>
        <translation>Les comptes et produits nommés par le fichier et absents des données sont ajoutés&#xa0;; sinon leurs tickets sont refusés. Les nouveaux comptes prennent ce fuseau.</translation>
    </message>
    <message>
        <source>A zone is required: times without an offset are never read as UTC by default. Choose the zone of your help desk&apos;s account (or of the agent who exported).</source>
        <translation>Un fuseau est nécessaire&#xa0;: les heures sans décalage ne sont jamais lues en UTC par défaut. Choisissez le fuseau du compte de votre outil d’assistance (ou de l’agent qui a exporté).</translation>
    </message>
    <message>
        <source>%1 is not a time zone this computer knows (for example Europe/Paris).</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un fuseau horaire connu de cet ordinateur (par exemple Europe/Paris).</translation>
    </message>
    <message>
        <source>The file itself names this zone.</source>
        <translation>Le fichier indique lui-même ce fuseau.</translation>
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
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Rien n’a été importé.

%1</translation>
    </message>
    <message>
        <source>SQLite %1, shared with Qt&apos;s driver: bulk reads and imports call it directly</source>
        <translation>SQLite %1, partagé avec le pilote de Qt&#xa0;: les lectures en masse et les importations l’appellent directement</translation>
    </message>
    <message>
        <source>SQLite %1 in Qt&apos;s driver, %2 linked: bulk reads and imports go through Qt&apos;s driver</source>
        <translation>SQLite %1 dans le pilote de Qt, %2 lié au programme&#xa0;: les lectures en masse et les importations passent par le pilote de Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SupportDesk %1&lt;/h3&gt;&lt;p&gt;Support plans with guaranteed first-response times, business-hours calendars, monthly reports and support credits.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%5&lt;br&gt;Store: %3&lt;br&gt;Store schema version: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SupportDesk %1&lt;/h3&gt;&lt;p&gt;Plans de support avec délais de première réponse garantis, calendriers d’heures ouvrées, rapports mensuels et crédits de support.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%5&lt;br&gt;Données&#xa0;: %3&lt;br&gt;Version du schéma des données&#xa0;: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>An import is still running. Stop it and close? Nothing of it will be kept.</source>
        <translation>Une importation est encore en cours. L’arrêter et fermer&#x202f;? Rien n’en sera conservé.</translation>
    </message>
    <message>
        <source>The store was upgraded to schema version %1; a copy of it from before is in %2</source>
        <translation>Les données ont été mises à niveau vers la version de schéma %1&#x202f;; une copie d’avant la mise à niveau se trouve dans %2</translation>
    </message>
    <message>
        <source>&amp;Back up store…</source>
        <translation>&amp;Sauvegarder les données…</translation>
    </message>
    <message>
        <source>Save a copy of the whole store to a new file, consistent while others keep working</source>
        <translation>Enregistrer une copie cohérente de toutes les données dans un nouveau fichier, pendant que les autres continuent de travailler</translation>
    </message>
    <message>
        <source>A PostgreSQL store is backed up with PostgreSQL&apos;s pg_dump; see supportdesk-cli db backup</source>
        <translation>Des données PostgreSQL se sauvegardent avec pg_dump, l’outil de PostgreSQL&#x202f;; voir supportdesk-cli db backup</translation>
    </message>
    <message>
        <source>Back up store</source>
        <translation>Sauvegarder les données</translation>
    </message>
    <message>
        <source>SupportDesk stores (*.sqlite);;All files (*)</source>
        <translation>Données SupportDesk (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No backup was made.

%1</source>
        <translation>Aucune sauvegarde n’a été faite.

%1</translation>
    </message>
    <message>
        <source>Store backed up to %1</source>
        <translation>Données sauvegardées dans %1</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;Aujourd’hui</translation>
    </message>
    <message>
        <source>Credit risk &amp;warnings…</source>
        <translation>A&amp;lertes de risque de crédit…</translation>
    </message>
    <message>
        <source>When a month counts as at risk, when a P1 warns, and quiet hours</source>
        <translation>Quand un mois est à risque, quand une P1 alerte, et les heures de silence</translation>
    </message>
    <message>
        <source>This store cannot be changed now: the ticket is shown in the Tickets tab for reading only.</source>
        <translation>Ces données ne peuvent pas être modifiées pour l’instant&#xa0;: le ticket se consulte dans l’onglet Tickets, en lecture seule.</translation>
    </message>
    <message>
        <source>Add or update tickets from a help desk&apos;s export or a CSV file, all rows or none</source>
        <translation>Ajouter ou mettre à jour des tickets depuis l’export d’un outil d’assistance ou un fichier CSV, toutes les lignes ou aucune</translation>
    </message>
    <message>
        <source>Acco&amp;unts</source>
        <translation>Co&amp;mptes</translation>
    </message>
    <message>
        <source>&amp;Statement…</source>
        <translation>&amp;Relevé…</translation>
    </message>
    <message>
        <source>The selected account&apos;s monthly SLA statement: preview, print, PDF or HTML</source>
        <translation>Le relevé mensuel de niveau de service du compte choisi&#xa0;: aperçu, impression, PDF ou HTML</translation>
    </message>
    <message>
        <source>&amp;Quarterly review…</source>
        <translation>Évaluation &amp;trimestrielle…</translation>
    </message>
    <message>
        <source>The selected account&apos;s quarterly status review, with the TAM&apos;s notes</source>
        <translation>L’évaluation trimestrielle du statut du compte choisi, avec les notes du responsable technique</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>could not upgrade the store: %1</source>
        <translation>impossible de mettre à niveau les données&#xa0;: %1</translation>
    </message>
    <message>
        <source>the store was written by a newer version of SupportDesk (schema version %1; this version knows up to %2)</source>
        <translation>les données ont été écrites par une version plus récente de SupportDesk (version de schéma %1&#x202f;; cette version-ci connaît jusqu’à la version %2)</translation>
    </message>
    <message>
        <source>could not upgrade the store to schema version %1: %2</source>
        <translation>impossible de mettre à niveau les données vers la version de schéma %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MismatchCause</name>
    <message>
        <source>A holiday of the help desk&apos;s calendar is missing here</source>
        <translation>Un jour férié du calendrier de l’outil d’assistance manque ici</translation>
    </message>
    <message>
        <source>A holiday of this calendar is missing in the help desk</source>
        <translation>Un jour férié de ce calendrier manque dans l’outil d’assistance</translation>
    </message>
    <message>
        <source>Another time zone</source>
        <translation>Un autre fuseau horaire</translation>
    </message>
    <message>
        <source>Other business hours</source>
        <translation>D’autres heures ouvrées</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>&quot;%1&quot; is not an amount in dollars: %2</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un montant en dollars&#xa0;: %2</translation>
    </message>
    <message>
        <source>no digits</source>
        <translation>aucun chiffre</translation>
    </message>
    <message>
        <source>amounts cannot be negative</source>
        <translation>les montants ne peuvent pas être négatifs</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>caractère «&#x202f;%1&#x202f;» inattendu</translation>
    </message>
    <message>
        <source>digits are expected before the decimal point</source>
        <translation>des chiffres sont attendus avant le point décimal</translation>
    </message>
    <message>
        <source>thousands separators must separate groups of three digits</source>
        <translation>les séparateurs de milliers doivent séparer des groupes de trois chiffres</translation>
    </message>
    <message>
        <source>digits are expected after the decimal point</source>
        <translation>des chiffres sont attendus après le point décimal</translation>
    </message>
    <message>
        <source>more than two decimals (amounts are in cents)</source>
        <translation>plus de deux décimales (les montants sont en cents)</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>trop élevé</translation>
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
    <name>PgCopyOut</name>
    <message>
        <source>row %1 of a read is not what was asked for: %2</source>
        <translation>la ligne %1 d’une lecture n’est pas celle demandée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PgTicketCopy</name>
    <message>
        <source>the store &apos;%1&apos; is not in the import&apos;s transaction</source>
        <translation>les données «&#x202f;%1&#x202f;» ne sont pas dans la transaction de l’import</translation>
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
    <name>PlanStore</name>
    <message>
        <source>terms of plan &apos;%1&apos; need the date they apply from</source>
        <translation>les conditions du plan «&#x202f;%1&#x202f;» doivent avoir leur date de début d’application</translation>
    </message>
    <message>
        <source>plan &apos;%1&apos;: a price cannot be negative</source>
        <translation>plan «&#x202f;%1&#x202f;»&#xa0;: un prix ne peut pas être négatif</translation>
    </message>
    <message>
        <source>plan &apos;%1&apos;: the %2 target needs a number of minutes above 0</source>
        <translation>plan «&#x202f;%1&#x202f;»&#xa0;: l’objectif %2 demande un nombre de minutes supérieur à 0</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimées</translation>
    </message>
    <message>
        <source>no plan &apos;%1&apos;</source>
        <translation>le plan «&#x202f;%1&#x202f;» n’existe pas</translation>
    </message>
    <message>
        <source>a plan needs an id without spaces, e.g. &apos;premium&apos;</source>
        <translation>un plan doit avoir un identifiant sans espaces, par exemple «&#x202f;premium&#x202f;»</translation>
    </message>
    <message>
        <source>plan &apos;%1&apos; needs a name</source>
        <translation>le plan «&#x202f;%1&#x202f;» doit avoir un nom</translation>
    </message>
    <message>
        <source>plan &apos;%1&apos; needs its terms</source>
        <translation>le plan «&#x202f;%1&#x202f;» doit avoir des conditions</translation>
    </message>
    <message>
        <source>a plan with id &apos;%1&apos; already exists</source>
        <translation>un plan avec l’identifiant «&#x202f;%1&#x202f;» existe déjà</translation>
    </message>
    <message>
        <source>the terms of plan &apos;%1&apos; from %2 were changed elsewhere since you opened them: now %3; your change was not saved</source>
        <translation>les conditions du plan «&#x202f;%1&#x202f;» à partir du %2 ont été modifiées ailleurs depuis que vous les avez ouvertes&#xa0;: désormais %3&#x202f;; votre modification n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>%1.%2 %, minimum %3.%4</source>
        <translation>%1,%2&#xa0;%, minimum %3,%4</translation>
    </message>
    <message>
        <source>P%1 none</source>
        <translation>P%1 aucun</translation>
    </message>
    <message>
        <source>P%1 %2 min %3</source>
        <translation>P%1 %2&#xa0;min %3</translation>
    </message>
    <message>
        <source>the terms of plan &apos;%1&apos; from %2 were changed elsewhere since you opened them: they were removed; your change was not saved</source>
        <translation>les conditions du plan «&#x202f;%1&#x202f;» à partir du %2 ont été modifiées ailleurs depuis que vous les avez ouvertes&#xa0;: elles ont été supprimées&#x202f;; votre modification n’a pas été enregistrée</translation>
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
    <message>
        <source>The terms could not be read: %1</source>
        <translation>Les conditions n’ont pas pu être lues&#xa0;: %1</translation>
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
    <message>
        <source>The plans could not be read</source>
        <translation>Les plans n’ont pas pu être lus</translation>
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
    <name>ProblemBanner</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
    <name>ProductStore</name>
    <message>
        <source>a product needs a name</source>
        <translation>un produit doit avoir un nom</translation>
    </message>
    <message>
        <source>a product named &apos;%1&apos; already exists</source>
        <translation>un produit nommé «&#x202f;%1&#x202f;» existe déjà</translation>
    </message>
    <message>
        <source>no product named &apos;%1&apos;</source>
        <translation>aucun produit nommé «&#x202f;%1&#x202f;»</translation>
    </message>
</context>
<context>
    <name>ReconciliationReport</name>
    <message>
        <source>Compared: %1 (matching %2, mismatched %3)</source>
        <translation>Comparés&#xa0;: %1 (concordants&#xa0;: %2, discordants&#xa0;: %3)</translation>
    </message>
    <message>
        <source>Not comparable: %1</source>
        <translation>Non comparables&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not comparable: %1 (%2)</source>
        <translation>Non comparables&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Largest difference (ours - theirs): %1 (%2 s), ticket %3 of %4</source>
        <translation>Plus grand écart (SupportDesk - outil)&#xa0;: %1 (%2&#xa0;s), ticket %3 de %4</translation>
    </message>
    <message>
        <source>Differences: %1</source>
        <translation>Écarts&#xa0;: %1</translation>
    </message>
    <message>
        <source>Likely causes: %1</source>
        <translation>Causes probables&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mismatches not listed: %1</source>
        <translation>Écarts non listés&#xa0;: %1</translation>
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
    <message>
        <source>Share of accounts that met their plan&apos;s target, per month</source>
        <translation>Part des comptes ayant atteint l’objectif de leur plan, par mois</translation>
    </message>
    <message>
        <source>% of accounts with tickets and a target</source>
        <translation>%&#x202f;des comptes avec tickets et objectif</translation>
    </message>
    <message>
        <source>Credits owed per month, in dollars</source>
        <translation>Crédits dus par mois, en dollars</translation>
    </message>
    <message>
        <source>Credits owed</source>
        <translation>Crédits dus</translation>
    </message>
    <message>
        <source>Dollars</source>
        <translation>Dollars</translation>
    </message>
    <message>
        <source>Targets met</source>
        <translation>Objectifs atteints</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
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
    <message>
        <source>The report could not be computed</source>
        <translation>Le rapport n’a pas pu être calculé</translation>
    </message>
</context>
<context>
    <name>ReviewDocument</name>
    <message>
        <source>Quarterly status review</source>
        <translation>Évaluation trimestrielle du statut</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Plan at the quarter&apos;s end</source>
        <translation>Forfait en fin de trimestre</translation>
    </message>
    <message>
        <source>The quarter at a glance</source>
        <translation>Le trimestre en bref</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Support fee</source>
        <translation>Frais de support</translation>
    </message>
    <message>
        <source>Credits earned</source>
        <translation>Crédits acquis</translation>
    </message>
    <message>
        <source>no ticket</source>
        <translation>aucun ticket</translation>
    </message>
    <message>
        <source>no guarantee</source>
        <translation>sans garantie</translation>
    </message>
    <message>
        <source>(missed)</source>
        <translation>(manqué)</translation>
    </message>
    <message>
        <source>(met)</source>
        <translation>(respecté)</translation>
    </message>
    <message>
        <source>Guarantees kept</source>
        <translation>Garanties tenues</translation>
    </message>
    <message>
        <source>The share of tickets answered within the guaranteed time, and whether the month&apos;s average met the guarantee.</source>
        <translation>La part des tickets traités dans le délai garanti, et si la moyenne du mois a respecté la garantie.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Credits and claims</source>
        <translation>Crédits et réclamations</translation>
    </message>
    <message>
        <source>no credit due</source>
        <translation>aucun crédit dû</translation>
    </message>
    <message>
        <source>not claimed yet</source>
        <translation>pas encore réclamé</translation>
    </message>
    <message>
        <source>filed on %1: %2</source>
        <translation>déposée le %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Credit earned</source>
        <translation>Crédit acquis</translation>
    </message>
    <message>
        <source>Claim by</source>
        <translation>À réclamer avant le</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <source>Ticket volume</source>
        <translation>Volume de tickets</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Tickets that came close</source>
        <translation>Tickets proches de la limite</translation>
    </message>
    <message>
        <source>Answered within the guarantee, but after more than 80% of the guaranteed time.</source>
        <translation>Traités dans le délai garanti, mais après plus de 80&#x202f;% de ce délai.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
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
        <source>Guaranteed</source>
        <translation>Garanti</translation>
    </message>
    <message>
        <source>Closures in the coming quarter</source>
        <translation>Fermetures du trimestre à venir</translation>
    </message>
    <message>
        <source>Support is open on every working day of %1 (calendar %2).</source>
        <translation>Le support est ouvert tous les jours ouvrés du %1 (calendrier %2).</translation>
    </message>
    <message>
        <source>Business hours do not run on these days of %1 (calendar %2): guaranteed times measured in business hours wait for the next open day.</source>
        <translation>Les heures ouvrées ne courent pas ces jours-ci du %1 (calendrier %2)&#xa0;: les délais garantis en heures ouvrées reprennent le jour ouvré suivant.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <source>Plan fit</source>
        <translation>Adéquation du forfait</translation>
    </message>
    <message>
        <source>Spend of the quarter: %1 (%2 against the quarter before). Support fee: %3.</source>
        <translation>Dépenses du trimestre&#xa0;: %1 (%2 par rapport au trimestre précédent). Frais de support&#xa0;: %3.</translation>
    </message>
    <message>
        <source>What each plan would have cost for the quarter&apos;s spend, and what it guarantees.</source>
        <translation>Ce que chaque forfait aurait coûté pour les dépenses du trimestre, et ce qu’il garantit.</translation>
    </message>
    <message>
        <source>your plan</source>
        <translation>votre forfait</translation>
    </message>
    <message>
        <source>guarantees at least as much</source>
        <translation>garantit au moins autant</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <source>Fee for the quarter</source>
        <translation>Frais du trimestre</translation>
    </message>
    <message>
        <source>Notes and actions</source>
        <translation>Notes et actions</translation>
    </message>
    <message>
        <source>Spend of the quarter: %1. Support fee: %2.</source>
        <translation>Dépenses du trimestre&#xa0;: %1. Frais de support&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
</context>
<context>
    <name>ReviewNotesStore</name>
    <message>
        <source>the account no longer exists</source>
        <translation>le compte n’existe plus</translation>
    </message>
    <message>
        <source>the notes of the %1 review were changed elsewhere since you opened them (now: “%2”); your change was not saved</source>
        <translation>les notes de la revue %1 ont été modifiées ailleurs depuis que vous les avez ouvertes (maintenant&#xa0;: «&#x202f;%2&#x202f;»)&#x202f;; votre modification n’a pas été enregistrée</translation>
    </message>
</context>
<context>
    <name>RiskAlerts</name>
    <message>
        <source>Credits at risk: %1 warnings</source>
        <translation>Crédits en jeu&#xa0;: %1 alertes</translation>
    </message>
    <message>
        <source>%1, and %2 more: see the Today tab.</source>
        <translation>%1, et %2 de plus&#xa0;: voir l’onglet Aujourd’hui.</translation>
    </message>
</context>
<context>
    <name>RiskSettingsDialog</name>
    <message>
        <source>Credit risk warnings</source>
        <translation>Alertes de risque de crédit</translation>
    </message>
    <message>
        <source> h</source>
        <translation>&#xa0;h</translation>
    </message>
    <message>
        <source>Business hours for a business-hours target, real hours for a 24/7 one</source>
        <translation>Heures ouvrées pour un délai en heures ouvrées, heures réelles pour un délai 24&#xa0;h/24, 7&#xa0;j/7</translation>
    </message>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <source>Warn me when an account&apos;s month becomes at risk or broken</source>
        <translation>M’alerter quand le mois d’un compte devient à risque ou manqué</translation>
    </message>
    <message>
        <source>Quiet hours, from</source>
        <translation>Heures de silence, de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>A month is at risk when its open tickets break it within</source>
        <translation>Un mois est à risque quand ses tickets ouverts le font manquer d’ici</translation>
    </message>
    <message>
        <source>Warn when a P1 is about to break its month, within</source>
        <translation>Alerter quand une P1 va faire manquer son mois, d’ici</translation>
    </message>
</context>
<context>
    <name>RiskState</name>
    <message>
        <source>Safe</source>
        <translation>Tenu</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Manqué</translation>
    </message>
</context>
<context>
    <name>RiskTableModel</name>
    <message>
        <source>%1 is over its %2 target for that plan period: its credit is owed.</source>
        <translation>%1 dépasse son délai garanti de %2 sur cette période du plan&#xa0;: son crédit est dû.</translation>
    </message>
    <message>
        <source>The %1 average returns under %2 only if the next ticket is answered within %3.</source>
        <translation>La moyenne %1 ne repasse sous %2 que si le prochain ticket reçoit une réponse en moins de %3.</translation>
    </message>
    <message>
        <source>The %1 average returns under %2 only if the next %3 tickets are answered within %4.</source>
        <translation>La moyenne %1 ne repasse sous %2 que si les %3 prochains tickets reçoivent une réponse en moins de %4.</translation>
    </message>
    <message>
        <source>Answer the open %1 ticket before %2.</source>
        <translation>Répondre au ticket %1 ouvert avant le %2.</translation>
    </message>
    <message>
        <source>Answer the %1 open %2 tickets before %3.</source>
        <translation>Répondre aux %1 tickets %2 ouverts avant le %3.</translation>
    </message>
    <message>
        <source>Already over</source>
        <translation>Déjà dépassé</translation>
    </message>
    <message>
        <source>in %1 — %2</source>
        <translation>dans %1 — %2</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Manqué dans</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Credit at stake</source>
        <translation>Crédit en jeu</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Tickets ouverts</translation>
    </message>
    <message>
        <source>What would help</source>
        <translation>Ce qui aiderait</translation>
    </message>
</context>
<context>
    <name>RiskWarnings</name>
    <message>
        <source>%1: %2 over its target</source>
        <translation>%1&#xa0;: %2 au-delà de son délai garanti</translation>
    </message>
    <message>
        <source>The %1 average of %2 is over its target this month: a credit of %3 is owed unless it comes back.</source>
        <translation>La moyenne %1 de %2 dépasse son délai garanti ce mois-ci&#xa0;: un crédit de %3 est dû si elle n’y revient pas.</translation>
    </message>
    <message>
        <source>%1: %2 at risk</source>
        <translation>%1&#xa0;: %2 à risque</translation>
    </message>
    <message>
        <source>Unless its open %1 tickets (%2) are answered, %3 misses its %1 target at %4: a credit of %5.</source>
        <translation>Sans réponse à ses tickets %1 ouverts (%2), %3 manque son délai garanti %1 le %4&#xa0;: un crédit de %5.</translation>
    </message>
    <message>
        <source>%1: P1 breaks its month soon</source>
        <translation>%1&#xa0;: la P1 va bientôt manquer son mois</translation>
    </message>
    <message>
        <source>The P1 month of %1 breaks in %2, at %3, unless its open P1 tickets are answered.</source>
        <translation>Le mois P1 de %1 est manqué dans %2, le %3, sans réponse à ses tickets P1 ouverts.</translation>
    </message>
</context>
<context>
    <name>SpendStore</name>
    <message>
        <source>the spend of %1 cannot be negative</source>
        <translation>les dépenses de %1 ne peuvent pas être négatives</translation>
    </message>
    <message>
        <source>no account with id %1</source>
        <translation>aucun compte n’a l’identifiant %1</translation>
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
    <name>SqliteCopy</name>
    <message>
        <source>could not write &apos;%1&apos;: %2</source>
        <translation>impossible d’écrire «&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appeared while the copy was made: a backup never replaces a file; nothing was written</source>
        <translation>«&#x202f;%1&#x202f;» est apparu pendant la copie&#xa0;: une sauvegarde ne remplace jamais un fichier&#x202f;; rien n’a été écrit</translation>
    </message>
    <message>
        <source>could not write in the folder &apos;%1&apos;: %2</source>
        <translation>impossible d’écrire dans le dossier «&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>could not write &apos;%1&apos; to the disk</source>
        <translation>impossible d’écrire «&#x202f;%1&#x202f;» sur le disque</translation>
    </message>
    <message>
        <source>could not rename &apos;%1&apos; to &apos;%2&apos;: %3</source>
        <translation>impossible de renommer «&#x202f;%1&#x202f;» en «&#x202f;%2&#x202f;»&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>StatementDocument</name>
    <message>
        <source>free plan</source>
        <translation>plan gratuit</translation>
    </message>
    <message>
        <source>%1 of spend, minimum %2</source>
        <translation>%1 des dépenses, minimum %2</translation>
    </message>
    <message>
        <source>share of spend applies</source>
        <translation>la part des dépenses s’applique</translation>
    </message>
    <message>
        <source>minimum applies</source>
        <translation>le minimum s’applique</translation>
    </message>
    <message>
        <source>no guarantee</source>
        <translation>sans garantie</translation>
    </message>
    <message>
        <source>%1, business hours</source>
        <translation>%1, heures ouvrées</translation>
    </message>
    <message>
        <source>%1, around the clock</source>
        <translation>%1, 24&#xa0;h sur 24</translation>
    </message>
    <message>
        <source>services provided by telecom carriers</source>
        <translation>services fournis par les opérateurs télécoms</translation>
    </message>
    <message>
        <source>requests handled outside support</source>
        <translation>demandes traitées hors du support</translation>
    </message>
    <message>
        <source>Segment-branded services</source>
        <translation>services de la marque Segment</translation>
    </message>
    <message>
        <source>not generally available</source>
        <translation>pas en disponibilité générale</translation>
    </message>
    <message>
        <source>Claim filed on %1: %2, %3 credited.</source>
        <translation>Réclamation déposée le %1&#xa0;: %2, %3 crédité.</translation>
    </message>
    <message>
        <source>Claim filed on %1: %2.</source>
        <translation>Réclamation déposée le %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Technical account manager</source>
        <translation>Responsable technique de compte</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation>Contact de facturation</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Chiffres au</translation>
    </message>
    <message>
        <source>Plan and fee</source>
        <translation>Plan et frais</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Active days</source>
        <translation>Jours actifs</translation>
    </message>
    <message>
        <source>How the fee is computed</source>
        <translation>Calcul des frais</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Spend of the month: %1. Fee of the month: %2.</source>
        <translation>Dépenses du mois&#xa0;: %1. Frais du mois&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The plan changed during the month: each plan&apos;s fee is prorated by its active days.</source>
        <translation>Le plan a changé en cours de mois&#xa0;: les frais de chaque plan sont calculés au prorata de ses jours actifs.</translation>
    </message>
    <message>
        <source>First response times</source>
        <translation>Délais de première réponse</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Guaranteed</source>
        <translation>Garanti</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondus</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Dans l’objectif</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Some tickets were still waiting for a first response: their time is counted up to the moment of these figures, which may still change.</source>
        <translation>Certains tickets attendaient encore une première réponse&#xa0;: leur délai est compté jusqu’au moment de ces chiffres, qui peuvent encore changer.</translation>
    </message>
    <message>
        <source>Support credit</source>
        <translation>Crédit de support</translation>
    </message>
    <message>
        <source>Every guarantee of the month was met: the month earns no credit.</source>
        <translation>Toutes les garanties du mois ont été tenues&#xa0;: le mois ne donne droit à aucun crédit.</translation>
    </message>
    <message>
        <source>A missed guarantee earns a credit of %1, to be claimed by %2.</source>
        <translation>Une garantie manquée donne droit à un crédit de %1, à réclamer avant le %2.</translation>
    </message>
    <message>
        <source>No claim has been filed yet.</source>
        <translation>Aucune réclamation n’a encore été déposée.</translation>
    </message>
    <message>
        <source>Tickets outside the guarantees</source>
        <translation>Tickets hors garanties</translation>
    </message>
    <message>
        <source>None: every ticket of the month counts.</source>
        <translation>Aucun&#xa0;: tous les tickets du mois comptent.</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>Catégorie de produit</translation>
    </message>
    <message>
        <source>Why it is left out</source>
        <translation>Motif de l’exclusion</translation>
    </message>
    <message>
        <source>Longest first responses</source>
        <translation>Premières réponses les plus longues</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
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
        <source>Time</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>No ticket this month.</source>
        <translation>Aucun ticket ce mois-ci.</translation>
    </message>
    <message>
        <source>Monthly SLA statement</source>
        <translation>Relevé mensuel de niveau de service</translation>
    </message>
    <message>
        <source>Average (min)</source>
        <translation>Moyenne (min)</translation>
    </message>
    <message>
        <source>Median (min)</source>
        <translation>Médiane (min)</translation>
    </message>
    <message>
        <source>90th percentile (min)</source>
        <translation>90e centile (min)</translation>
    </message>
    <message>
        <source>Daily average first response against the target</source>
        <translation>Première réponse moyenne par jour face à la cible</translation>
    </message>
    <message>
        <source>A bar per day, red above the target in force that day; the dashed line is the target.</source>
        <translation>Une barre par jour, en rouge au-dessus de la cible en vigueur ce jour-là&#x202f;; la ligne pointillée est la cible.</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
    <message>
        <source>Every ticket of the period with its first response time against its target</source>
        <translation>Chaque ticket de la période, avec son délai de première réponse face à sa cible</translation>
    </message>
</context>
<context>
    <name>StoreCheck</name>
    <message>
        <source>a row of %1 refers to a row of %2 that does not exist</source>
        <translation>une ligne de %1 renvoie à une ligne de %2 qui n’existe pas</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a row of %3 that does not exist</source>
        <translation>la ligne %1 de %2 renvoie à une ligne de %3 qui n’existe pas</translation>
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
    <name>StoreMaintenance</name>
    <message>
        <source>&apos;%1&apos; could not be read: %2</source>
        <translation>«&#x202f;%1&#x202f;» n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged (%2)</source>
        <translation>«&#x202f;%1&#x202f;» est endommagé (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SupportDesk store (%2)</source>
        <translation>«&#x202f;%1&#x202f;» ne contient pas de données SupportDesk (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SupportDesk store</source>
        <translation>«&#x202f;%1&#x202f;» ne contient pas de données SupportDesk</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer version of SupportDesk (schema version %2; this version knows up to %3): restore it with that version</source>
        <translation>«&#x202f;%1&#x202f;» a été écrit par une version plus récente de SupportDesk (version de schéma %2&#x202f;; cette version-ci connaît jusqu’à la version %3)&#xa0;: restaurez-le avec cette version-là</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has pages of %2 bytes and the store pages of %3 bytes: it can only be restored into a new store (give a new file to --db)</source>
        <translation>«&#x202f;%1&#x202f;» a des pages de %2&#xa0;octets et les données des pages de %3&#xa0;octets&#xa0;: il ne peut être restauré que dans de nouvelles données (indiquez un nouveau fichier à --db)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; could not be opened: %2</source>
        <translation>«&#x202f;%1&#x202f;» n’a pas pu être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; could not be upgraded to schema version %2: %3</source>
        <translation>«&#x202f;%1&#x202f;» n’a pas pu être mis à niveau vers la version de schéma %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>could not read &apos;%1&apos;: %2</source>
        <translation>impossible de lire «&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>could not open &apos;%1&apos;: %2</source>
        <translation>impossible d’ouvrir «&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a PostgreSQL store: its backup is made by PostgreSQL&apos;s own tool, consistent while others work: pg_dump --format=custom --file=%2 %3 (with the password in ~/.pgpass or PGPASSWORD, as for SupportDesk); nothing was written</source>
        <translation>«&#x202f;%1&#x202f;» contient des données PostgreSQL&#xa0;: leur sauvegarde se fait avec l’outil de PostgreSQL, cohérente pendant que les autres travaillent&#xa0;: pg_dump --format=custom --file=%2 %3 (avec le mot de passe dans ~/.pgpass ou PGPASSWORD, comme pour SupportDesk)&#x202f;; rien n’a été écrit</translation>
    </message>
    <message>
        <source>no backup file was given</source>
        <translation>aucun fichier de sauvegarde n’a été indiqué</translation>
    </message>
    <message>
        <source>&apos;%1&apos; exists: a backup never replaces a file; give a new name</source>
        <translation>«&#x202f;%1&#x202f;» existe déjà&#xa0;: une sauvegarde ne remplace jamais un fichier&#x202f;; indiquez un nouveau nom</translation>
    </message>
    <message>
        <source>the folder &apos;%1&apos; does not exist</source>
        <translation>le dossier «&#x202f;%1&#x202f;» n’existe pas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a PostgreSQL store: a backup made by pg_dump is put back by PostgreSQL&apos;s own tool: pg_restore --clean --if-exists --single-transaction --dbname=%2 %3, run by the role that owns the store; nothing was changed</source>
        <translation>«&#x202f;%1&#x202f;» contient des données PostgreSQL&#xa0;: une sauvegarde faite par pg_dump se restaure avec l’outil de PostgreSQL&#xa0;: pg_restore --clean --if-exists --single-transaction --dbname=%2 %3, lancé par le rôle propriétaire des données&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>restoring into an open store needs the SQLite library of Qt&apos;s driver (SQLite %1), which is not the one SupportDesk links (SQLite %2): nothing was changed; close every program that uses &apos;%3&apos;, remove its -wal and -shm files and copy the backup in its place</source>
        <translation>restaurer dans des données ouvertes demande la bibliothèque SQLite du pilote de Qt (SQLite %1), qui n’est pas celle que SupportDesk utilise (SQLite %2)&#xa0;: rien n’a été modifié&#x202f;; fermez tous les programmes qui utilisent «&#x202f;%3&#x202f;», supprimez ses fichiers -wal et -shm et copiez la sauvegarde à sa place</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist</source>
        <translation>«&#x202f;%1&#x202f;» n’existe pas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un fichier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the store itself: give a backup of it</source>
        <translation>«&#x202f;%1&#x202f;» est le fichier des données lui-même&#xa0;: indiquez-en une sauvegarde</translation>
    </message>
    <message>
        <source>could not write beside the store: %1; nothing was changed</source>
        <translation>impossible d’écrire à côté des données&#xa0;: %1&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>%1: nothing was changed</source>
        <translation>%1&#xa0;: rien n’a été modifié</translation>
    </message>
    <message>
        <source>could not create the folder &apos;%1&apos;</source>
        <translation>impossible de créer le dossier «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>could not find a free name for a backup in &apos;%1&apos;</source>
        <translation>impossible de trouver un nom libre pour une sauvegarde dans «&#x202f;%1&#x202f;»</translation>
    </message>
</context>
<context>
    <name>StoreWatcher</name>
    <message>
        <source>changes made elsewhere will not be shown: the store&apos;s notifications could not be received</source>
        <translation>les modifications faites ailleurs ne seront pas affichées&#xa0;: les notifications des données n’ont pas pu être reçues</translation>
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
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 n’a pas été écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TicketCsvReader</name>
    <message>
        <source>%1: the file is empty: its first line must be the header %2</source>
        <translation>%1&#xa0;: le fichier est vide&#xa0;: sa première ligne doit être l’en-tête %2</translation>
    </message>
    <message>
        <source>%1:%2: unknown column %3 (field %4): the columns are %5</source>
        <translation>%1:%2&#xa0;: colonne %3 inconnue (champ %4)&#xa0;: les colonnes sont %5</translation>
    </message>
    <message>
        <source>%1:%2: column %3 appears twice (fields %4 and %5)</source>
        <translation>%1:%2&#xa0;: la colonne %3 apparaît deux fois (champs %4 et %5)</translation>
    </message>
    <message>
        <source>%1:%2: missing column %3</source>
        <translation>%1:%2&#xa0;: colonne %3 manquante</translation>
    </message>
    <message>
        <source>%1:%2: %3 fields where the header has %4</source>
        <translation>%1:%2&#xa0;: %3&#xa0;champs alors que l’en-tête en a %4</translation>
    </message>
    <message>
        <source>empty: every ticket needs an id</source>
        <translation>vide&#xa0;: chaque ticket doit avoir un identifiant</translation>
    </message>
    <message>
        <source>empty: every ticket needs an account</source>
        <translation>vide&#xa0;: chaque ticket doit avoir un compte</translation>
    </message>
    <message>
        <source>unknown account %1</source>
        <translation>compte %1 inconnu</translation>
    </message>
    <message>
        <source>unknown priority %1: expected P1, P2 or P3</source>
        <translation>priorité %1 inconnue&#xa0;: P1, P2 ou P3 attendu</translation>
    </message>
    <message>
        <source>empty: every ticket needs a product</source>
        <translation>vide&#xa0;: chaque ticket doit avoir un produit</translation>
    </message>
    <message>
        <source>unknown product %1: add it first (product add NAME --category CATEGORY)</source>
        <translation>produit %1 inconnu&#xa0;: ajoutez-le d’abord (product add NAME --category CATEGORY)</translation>
    </message>
    <message>
        <source>unknown channel %1: expected email, chat, phone or web</source>
        <translation>canal %1 inconnu&#xa0;: email, chat, phone ou web attendu</translation>
    </message>
    <message>
        <source>empty: every ticket needs its creation time</source>
        <translation>vide&#xa0;: chaque ticket doit avoir sa date et son heure de création</translation>
    </message>
    <message>
        <source>%1 is earlier than created_at %2</source>
        <translation>%1 est antérieur à created_at %2</translation>
    </message>
    <message>
        <source>%1:%2: ticket %3 of account %4 appears twice, on lines %5 and %2</source>
        <translation>%1:%2&#xa0;: le ticket %3 du compte %4 apparaît deux fois, aux lignes %5 et %2</translation>
    </message>
    <message>
        <source>%1:%2: column %3: %4</source>
        <translation>%1:%2&#xa0;: colonne %3&#xa0;: %4</translation>
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
    <message>
        <source>Times are on the clock of your time zone, %1.</source>
        <translation>Les heures sont celles de votre fuseau horaire, %1.</translation>
    </message>
    <message>
        <source>Times are in UTC.</source>
        <translation>Les heures sont en UTC.</translation>
    </message>
</context>
<context>
    <name>TicketField</name>
    <message>
        <source>Ticket &amp;id</source>
        <translation>&amp;Identifiant du ticket</translation>
    </message>
    <message>
        <source>&amp;Account (organisation)</source>
        <translation>&amp;Compte (organisation)</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>O&amp;bjet</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>P&amp;riorité</translation>
    </message>
    <message>
        <source>P&amp;roduct</source>
        <translation>Prod&amp;uit</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>Can&amp;al</translation>
    </message>
    <message>
        <source>Crea&amp;ted at</source>
        <translation>Créé &amp;le</translation>
    </message>
    <message>
        <source>&amp;First response at</source>
        <translation>&amp;Date de la première réponse</translation>
    </message>
    <message>
        <source>Resol&amp;ved at</source>
        <translation>Rés&amp;olu le</translation>
    </message>
    <message>
        <source>The help desk&apos;s first-response fi&amp;gure</source>
        <translation>Chi&amp;ffre de première réponse de l’outil</translation>
    </message>
    <message>
        <source>&amp;Minutes to the first reply</source>
        <translation>&amp;Minutes jusqu’à la première réponse</translation>
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
    <message>
        <source>More filters (%1)</source>
        <translation>Plus de filtres (%1)</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Plus de filtres</translation>
    </message>
    <message>
        <source>Filter by product, channel, or answered or not</source>
        <translation>Filtrer par produit, par canal, ou selon la réponse</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produit&#xa0;:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal&#xa0;:</translation>
    </message>
    <message>
        <source>Answered:</source>
        <translation>Réponse&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TicketImporter</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: import cancelled; nothing was changed</source>
        <translation>%1&#xa0;: importation annulée&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>%1:%2: ticket &quot;%3&quot; of account &quot;%4&quot; appears twice, on lines %5 and %2</source>
        <translation>%1:%2&#xa0;: le ticket «&#x202f;%3&#x202f;» du compte «&#x202f;%4&#x202f;» apparaît deux fois, aux lignes %5 et %2</translation>
    </message>
</context>
<context>
    <name>TicketStore</name>
    <message>
        <source>ticket &apos;%1&apos; of account &apos;%2&apos;</source>
        <translation>le ticket «&#x202f;%1&#x202f;» du compte «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>a ticket of account &apos;%1&apos; has no id</source>
        <translation>un ticket du compte «&#x202f;%1&#x202f;» n’a pas d’identifiant</translation>
    </message>
    <message>
        <source>%1: the first response is earlier than the creation</source>
        <translation>%1&#xa0;: la première réponse précède la création</translation>
    </message>
    <message>
        <source>%1: the resolution is earlier than the creation</source>
        <translation>%1&#xa0;: la résolution précède la création</translation>
    </message>
    <message>
        <source>subject &apos;%1&apos;, %2, product &apos;%3&apos;, first response %4, resolved %5</source>
        <translation>objet «&#x202f;%1&#x202f;», %2, produit «&#x202f;%3&#x202f;», première réponse %4, résolution %5</translation>
    </message>
    <message>
        <source>ticket &apos;%1&apos;: no account named &apos;%2&apos;</source>
        <translation>ticket «&#x202f;%1&#x202f;»&#xa0;: aucun compte nommé «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>ticket &apos;%1&apos;: no product named &apos;%2&apos;</source>
        <translation>ticket «&#x202f;%1&#x202f;»&#xa0;: aucun produit nommé «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>account &apos;%1&apos; already has a ticket &apos;%2&apos;</source>
        <translation>le compte «&#x202f;%1&#x202f;» a déjà un ticket «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 n’existe plus</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere since you opened it: now %2; your change was not saved</source>
        <translation>%1 a été modifié ailleurs depuis que vous l’avez ouvert&#xa0;: désormais %2&#x202f;; votre modification n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>the ticket no longer exists</source>
        <translation>le ticket n’existe plus</translation>
    </message>
    <message>
        <source>%1 could not be updated</source>
        <translation>%1 n’a pas pu être mis à jour</translation>
    </message>
    <message>
        <source>the index %1 could not be rebuilt: %2</source>
        <translation>l’index %1 n’a pas pu être reconstruit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>Response guarantee missed</source>
        <translation>Garantie de réponse manquée</translation>
    </message>
    <message>
        <source>From creation to first response, on the clock of the plan&apos;s target</source>
        <translation>De la création à la première réponse, selon l’horloge de l’objectif du plan</translation>
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
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>How long until the first response falls due under the plan&apos;s target, on its clock (business hours or around the clock); when it fell due once answered</source>
        <translation>Le temps restant avant l’échéance de la première réponse selon l’objectif du plan, sur son horloge (heures ouvrées ou 24&#xa0;h/24)&#x202f;; l’échéance elle-même une fois le ticket répondu</translation>
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
    <message>
        <source>The tickets could not be read</source>
        <translation>Les tickets n’ont pas pu être lus</translation>
    </message>
</context>
<context>
    <name>TimeDisplay</name>
    <message>
        <source>Your time zone (%1): %2</source>
        <translation>Votre fuseau horaire (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The account&apos;s time zone (%1): %2</source>
        <translation>Fuseau horaire du compte (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>UTC: %1</source>
        <translation>UTC&#xa0;: %1</translation>
    </message>
    <message>
        <source>In your time zone, %1</source>
        <translation>Dans votre fuseau horaire, %1</translation>
    </message>
    <message>
        <source>In each account&apos;s time zone</source>
        <translation>Dans le fuseau horaire de chaque compte</translation>
    </message>
    <message>
        <source>In UTC</source>
        <translation>En UTC</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h&#xa0;%2&#xa0;min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1&#xa0;j</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1&#xa0;j&#xa0;%2&#xa0;h</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>à échéance</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 de retard</translation>
    </message>
    <message>
        <source>Counted in real time: the target runs around the clock (24/7)</source>
        <translation>Compté en temps réel&#xa0;: l’objectif court 24&#xa0;h/24, 7&#xa0;j/7</translation>
    </message>
    <message>
        <source>Counted in business hours of the calendar «%1»</source>
        <translation>Compté en heures ouvrées du calendrier «&#x202f;%1&#x202f;»</translation>
    </message>
</context>
<context>
    <name>TimesInMenu</name>
    <message>
        <source>&amp;My zone (%1)</source>
        <translation>&amp;Mon fuseau (%1)</translation>
    </message>
    <message>
        <source>The &amp;account&apos;s zone</source>
        <translation>Le fuseau du &amp;compte</translation>
    </message>
    <message>
        <source>&amp;UTC</source>
        <translation>&amp;UTC</translation>
    </message>
    <message>
        <source>Times &amp;in</source>
        <translation>&amp;Heures selon</translation>
    </message>
</context>
<context>
    <name>Timestamp</name>
    <message>
        <source>expected a four-digit year (YYYY-MM-DD)</source>
        <translation>année à quatre chiffres attendue (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>expected &apos;-&apos; after the year (YYYY-MM-DD)</source>
        <translation>«&#x202f;-&#x202f;» attendu après l’année (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>expected a two-digit month (YYYY-MM-DD)</source>
        <translation>mois à deux chiffres attendu (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>expected &apos;-&apos; after the month (YYYY-MM-DD)</source>
        <translation>«&#x202f;-&#x202f;» attendu après le mois (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>expected a two-digit day (YYYY-MM-DD)</source>
        <translation>jour à deux chiffres attendu (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>year 0000 is out of range</source>
        <translation>l’année 0000 est hors limites</translation>
    </message>
    <message>
        <source>month %1 is out of range</source>
        <translation>le mois %1 est hors limites</translation>
    </message>
    <message>
        <source>day %1 is out of range for %2-%3</source>
        <translation>le jour %1 est hors limites pour %2-%3</translation>
    </message>
    <message>
        <source>invalid timestamp %1: %2</source>
        <translation>horodatage %1 non valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>the timestamp is empty</source>
        <translation>l’horodatage est vide</translation>
    </message>
    <message>
        <source>expected &apos;T&apos; or a space after the date</source>
        <translation>«&#x202f;T&#x202f;» ou un espace attendu après la date</translation>
    </message>
    <message>
        <source>expected a two-digit hour (HH:MM)</source>
        <translation>heure à deux chiffres attendue (HH:MM)</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the hour (HH:MM)</source>
        <translation>«&#x202f;:&#x202f;» attendu après l’heure (HH:MM)</translation>
    </message>
    <message>
        <source>expected two-digit minutes (HH:MM)</source>
        <translation>minutes à deux chiffres attendues (HH:MM)</translation>
    </message>
    <message>
        <source>expected two-digit seconds (HH:MM:SS)</source>
        <translation>secondes à deux chiffres attendues (HH:MM:SS)</translation>
    </message>
    <message>
        <source>expected digits after the decimal mark of the seconds</source>
        <translation>chiffres attendus après le séparateur décimal des secondes</translation>
    </message>
    <message>
        <source>hour %1 is out of range</source>
        <translation>l’heure %1 est hors limites</translation>
    </message>
    <message>
        <source>minute %1 is out of range</source>
        <translation>la minute %1 est hors limites</translation>
    </message>
    <message>
        <source>second %1 is out of range</source>
        <translation>la seconde %1 est hors limites</translation>
    </message>
    <message>
        <source>expected a UTC offset as ±HH:MM, ±HHMM or ±HH</source>
        <translation>décalage UTC attendu sous la forme ±HH:MM, ±HHMM ou ±HH</translation>
    </message>
    <message>
        <source>UTC offset %1 is out of range</source>
        <translation>le décalage UTC %1 est hors limites</translation>
    </message>
    <message>
        <source>unexpected %1 after the time</source>
        <translation>%1 inattendu après l’heure</translation>
    </message>
    <message>
        <source>%1 does not exist in %2 (the clocks skip it): write it with its UTC offset, %3 or %4</source>
        <translation>%1 n’existe pas dans %2 (les horloges sautent cette heure)&#xa0;: écrivez-la avec son décalage UTC, %3 ou %4</translation>
    </message>
    <message>
        <source>%1 occurs twice in %2: write it with its UTC offset, %3 for the first or %4 for the second</source>
        <translation>%1 existe deux fois dans %2&#xa0;: écrivez-la avec son décalage UTC, %3 pour la première ou %4 pour la seconde</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>la date est vide</translation>
    </message>
    <message>
        <source>invalid date %1: %2</source>
        <translation>date %1 non valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>invalid date %1: unexpected %2 after the date</source>
        <translation>date %1 non valide&#xa0;: %2 inattendu après la date</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>The month&apos;s credit risk could not be worked out</source>
        <translation>Le risque de crédit du mois n’a pas pu être calculé</translation>
    </message>
    <message>
        <source>Credits at risk this month: %1 (accounts at risk or broken: %2), of which %3 already owed if the month ended now. As of %4; a month is at risk when its open tickets break it within %5.</source>
        <translation>Crédits en jeu ce mois-ci&#xa0;: %1 (comptes à risque ou manqués&#xa0;: %2), dont %3 déjà dus si le mois finissait maintenant. À %4&#x202f;; un mois est à risque quand ses tickets ouverts le font manquer d’ici %5.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente depuis</translation>
    </message>
    <message>
        <source>Breaks its month</source>
        <translation>Mois manqué le</translation>
    </message>
    <message>
        <source>Choose an account to see the open tickets that use its budget.</source>
        <translation>Choisissez un compte pour voir les tickets ouverts qui consomment sa marge.</translation>
    </message>
    <message>
        <source>Open tickets using the budget of %1 (open one to answer it):</source>
        <translation>Tickets ouverts qui consomment la marge de %1 (ouvrez-en un pour y répondre)&#xa0;:</translation>
    </message>
    <message>
        <source>Already over</source>
        <translation>Déjà dépassé</translation>
    </message>
</context>
<context>
    <name>VendorDialog</name>
    <message>
        <source>Choose the logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an image SupportDesk can read.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une image que SupportDesk sait lire.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than %2 KB.</source>
        <translation>«&#x202f;%1&#x202f;» dépasse %2&#xa0;Ko.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Sender of the documents</source>
        <translation>Expéditeur des documents</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
</context>
<context>
    <name>VendorSettings</name>
    <message>
        <source>the vendor&apos;s name is empty</source>
        <translation>le nom du fournisseur est vide</translation>
    </message>
    <message>
        <source>the logo is not a PNG or JPEG image</source>
        <translation>le logo n’est pas une image PNG ou JPEG</translation>
    </message>
    <message>
        <source>the logo is larger than %1 KB</source>
        <translation>le logo dépasse %1&#xa0;Ko</translation>
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
<context>
    <name>XlsxRowSource</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no header row (a row of at least %2 column names)</source>
        <translation>%1&#xa0;: aucune ligne d’en-tête (une ligne d’au moins %2&#xa0;noms de colonnes)</translation>
    </message>
</context>
<context>
    <name>XlsxSheetReader</name>
    <message>
        <source>&quot;%1&quot; is not a row number</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un numéro de ligne</translation>
    </message>
    <message>
        <source>comes after row %1: the rows are out of order</source>
        <translation>vient après la ligne %1&#xa0;: les lignes ne sont pas dans l’ordre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cell reference</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une référence de cellule</translation>
    </message>
    <message>
        <source>cell %1: there is no shared string %2</source>
        <translation>cellule %1&#xa0;: la chaîne partagée %2 n’existe pas</translation>
    </message>
    <message>
        <source>cell %1: &quot;%2&quot; is not a truth value</source>
        <translation>cellule %1&#xa0;: «&#x202f;%2&#x202f;» n’est pas une valeur booléenne</translation>
    </message>
    <message>
        <source>cell %1: &quot;%2&quot; is not a number</source>
        <translation>cellule %1&#xa0;: «&#x202f;%2&#x202f;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>%1: sheet row %2: %3</source>
        <translation>%1&#xa0;: ligne %2 de la feuille&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2: damaged XML at line %3: %4</source>
        <translation>%1&#xa0;: %2&#xa0;: XML endommagé à la ligne %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>damaged XML: %1</source>
        <translation>XML endommagé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>%1: not a spreadsheet (not a zip archive)</source>
        <translation>%1&#xa0;: ce n’est pas un classeur (ce n’est pas une archive zip)</translation>
    </message>
    <message>
        <source>the part is missing</source>
        <translation>la partie est absente</translation>
    </message>
    <message>
        <source>cannot be unpacked (zip error %1)</source>
        <translation>décompression impossible (erreur zip %1)</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: not a spreadsheet (no %2)</source>
        <translation>%1&#xa0;: ce n’est pas un classeur (pas de %2)</translation>
    </message>
    <message>
        <source>damaged XML at line %1: %2</source>
        <translation>XML endommagé à la ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation>le classeur n’a aucune feuille</translation>
    </message>
    <message>
        <source>no part for the first sheet (%1)</source>
        <translation>aucune partie pour la première feuille (%1)</translation>
    </message>
    <message>
        <source>the shared strings take more than %1 MiB: too large to read</source>
        <translation>les chaînes partagées dépassent %1&#xa0;Mio&#xa0;: trop volumineuses pour être lues</translation>
    </message>
</context>
<context>
    <name>ZendeskJsonRowSource</name>
    <message>
        <source>%1: no tickets: the file is empty</source>
        <translation>%1&#xa0;: aucun ticket&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <source>not JSON: a ticket object or an array of them was expected</source>
        <translation>ce n’est pas du JSON&#xa0;: un objet ticket ou un tableau d’objets tickets était attendu</translation>
    </message>
    <message>
        <source>an element of &quot;tickets&quot; is not a ticket object</source>
        <translation>un élément de «&#x202f;tickets&#x202f;» n’est pas un objet ticket</translation>
    </message>
    <message>
        <source>the file ends inside a JSON array</source>
        <translation>le fichier se termine à l’intérieur d’un tableau JSON</translation>
    </message>
    <message>
        <source>the file ends inside a JSON array: &apos;]&apos; is missing</source>
        <translation>le fichier se termine à l’intérieur d’un tableau JSON&#xa0;: «&#x202f;]&#x202f;» manque</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; expected after a ticket</source>
        <translation>«&#x202f;,&#x202f;» ou «&#x202f;]&#x202f;» attendu après un ticket</translation>
    </message>
    <message>
        <source>a JSON object was expected, not &apos;%1&apos;</source>
        <translation>un objet JSON était attendu, et non «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>a JSON object of more than %1 MiB: a ticket, or a page of the export with its tickets, is read whole; export smaller pages</source>
        <translation>un objet JSON de plus de %1&#xa0;Mio&#xa0;: un ticket, ou une page de l’export avec ses tickets, est lu en entier&#xa0;; exportez des pages plus petites</translation>
    </message>
    <message>
        <source>the file ends inside this JSON object</source>
        <translation>le fichier se termine à l’intérieur de cet objet JSON</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>erreur de lecture&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2&#xa0;: %3</translation>
    </message>
</context>
</TS>
