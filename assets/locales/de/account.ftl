# Referrals, history and /forget.
cmd-forget = Meine Daten löschen
referral-page =
    🎁 <b>Freunde einladen</b>
    Teile deinen Link: Für jeden Freund, der mitmacht, bekommst du { $bonus ->
        [one] 1 Bonus-Deutung
       *[other] { $bonus } Bonus-Deutungen
    }.

    { $link }

    👥 Eingeladen: { $invited }
    🎟 Bonus-Deutungen: { $earned } erhalten, { $used } genutzt
    🏅 Rang: Platz { $rank } von { $total }
referral-badge = Dein Abzeichen: { $badge }
referral-next = Nächstes Abzeichen bei { $next } Einladungen.
referral-top-title = <b>Top 10</b>
referral-top-empty = Noch keine Einladungen — sei die oder der Erste!
referral-credited = 🎉 { $name } ist über deinen Link dazugekommen! +{ $bonus } Bonus-Deutung.
referral-milestone = 🏅 Neues Abzeichen: { $badge } — { $count } Freunde eingeladen!
referral-share-text = Kaffeesatz, Tarot, Träume und Astrologie auf Telegram ✨ Komm zu Fal Gram:
btn-share-link = 📤 Meinen Link teilen
badge-1 = 🌱 Erster Funke
badge-5 = 🌙 Mondkreis
badge-10 = ⭐ Sternensammler
badge-25 = 🔮 Orakel
badge-50 = 👑 Legende
history-title =
    📜 <b>Deine letzten Deutungen</b>
    Tippe eine an, um sie noch einmal zu lesen:
history-empty = 📜 Du hast noch keine Deutungen. Wähle im Menü eine aus, um zu beginnen.
history-entry-title = 📜 <b>{ $kind }</b> — { $date }
btn-history-back = ⬅️ Meine Deutungen
forget-confirm =
    ⚠️ <b>Meine Daten löschen</b>
    Dein Profil, deine Deutungen, Geburtsdaten und dein Chatverlauf werden endgültig gelöscht, und ein aktiver Plan endet. Zahlungsbelege bleiben für die Buchhaltung erhalten, ohne deinen Namen.

    Bist du sicher?
btn-forget-yes = 🗑 Ja, alles löschen
btn-forget-no = ↩️ Nein, Daten behalten
forget-done = 🗑 Deine Daten wurden gelöscht. Wenn du wieder schreibst, beginnst du von vorn.
forget-kept = ↩️ Es wurde nichts gelöscht.
