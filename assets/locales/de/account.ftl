# Referrals, history and /forget.
cmd-forget = Meine Daten löschen
referral-page =
    🎁 <b>Freunde einladen</b>
    Teile deinen Link: Für jede Person, die sich darüber anmeldet, bekommst du { $bonus ->
        [one] { $bonus } Bonus-Deutung
       *[other] { $bonus } Bonus-Deutungen
    }.

    { $link }

    👥 Eingeladen: { $invited }
    🎟 Bonus-Deutungen: { $earned } erhalten, { $used } genutzt
    🏅 Platz { $rank } von { $total }
referral-badge = Dein Abzeichen: { $badge }
referral-next = Nächstes Abzeichen ab { $next ->
        [one] { $next } Einladung
       *[other] { $next } Einladungen
    }.
referral-top-title = <b>Top 10</b>
referral-top-empty = Noch keine Einladungen – mach den Anfang!
referral-credited = 🎉 { $name } hat sich über deinen Link angemeldet! +{ $bonus ->
        [one] { $bonus } Bonus-Deutung
       *[other] { $bonus } Bonus-Deutungen
    }.
referral-milestone =
    🏅 Neues Abzeichen: { $badge } – { $count ->
        [one] { $count } Person eingeladen!
       *[other] { $count } Personen eingeladen!
    }
referral-share-text = Kaffeesatz, Tarot, Träume und Astrologie auf Telegram ✨ Komm mit zu Fal Gram:
btn-share-link = 📤 Meinen Link teilen
badge-1 = 🌱 Erster Funke
badge-5 = 🌙 Mondkreis
badge-10 = ⭐ Sternenstaub
badge-25 = 🔮 Orakel
badge-50 = 👑 Legende
history-title =
    📜 <b>Deine letzten Deutungen</b>
    Tippe auf eine Deutung, um sie noch einmal zu lesen:
history-empty = 📜 Du hast noch keine Deutungen. Wähle im Menü aus, womit du beginnen möchtest.
history-entry-title = 📜 <b>{ $kind }</b> – { $date }
btn-history-back = ⬅️ Meine Deutungen
forget-confirm =
    ⚠️ <b>Meine Daten löschen</b>
    Damit werden dein Profil, deine Deutungen, deine Geburtsdaten und dein Chatverlauf endgültig gelöscht, und ein laufender Tarif wird beendet. Zahlungsbelege bleiben für die Buchhaltung erhalten – ohne deinen Namen.

    Bist du sicher?
btn-forget-yes = 🗑 Ja, alles löschen
btn-forget-no = ↩️ Nein, Daten behalten
forget-done = 🗑 Deine Daten wurden gelöscht. Wenn du mir wieder schreibst, fängst du ganz von vorn an.
forget-kept = ↩️ Es wurde nichts gelöscht.
