"""Hand annotations of the twenty-second held-out corpus (tests/corpus_heldout22).

Written blind, from scratch, by someone who had not seen the extractor's code (db/), its tests, its development
or scores, or the texts of any earlier corpus, and annotated without running the extractor, `threatdesk import`
or any script but this one. Same format and checks as tests/corpus_heldout12/annotate.py (shared in
tests/corpus_tools.py): each quote is the exact text typed by hand; its offsets come from str.find on the .txt
(each must occur once, sit right after an opening mark and end at a closing mark or at the end of its
paragraph).
Run `python tests/corpus_heldout22/annotate.py` to rewrite the .json files after editing an annotation.

Conventions (as in heldout10 and heldout11): speakers of statements by a group in the gazetteer take the
canonical gazetteer name; other speakers are named as in the text (a person's full name as first given even
where the text later uses the surname only, an organisation's name as the text gives it in full, a bare role
for unnamed sources). 'last week' is published_on minus 7 days with precision week; a weekday is its most
recent occurrence on or before published_on; 'earlier this month' is the first day of the publication month
with precision month; 'last month' is the first day of the month before the publication month with precision
month; an absolute date ('On May 19', 'on Feb. 17', 'On 9 August', 'the September 3 bombing') has precision
day; 'overnight' with a time after midnight in a story published that day is the publication date. Places at
sea have no admin1 or country. Two launches with one interceptor miss (or three of four intercepted) count as
one incident with outcome impact; an explosive boat counts as a drone; rockets left unfired on the launcher of
an attack belong to that attack. Stances are listed per article, one pair per (actor, stance) even where it
covers two incidents; an unattributed pair is given where the text says nobody has claimed an incident or
that a source named nobody for it, not merely because an official did not name anyone while a claim exists.
In a briefing summary or a press statement, the text in the organisation's own voice is not a quote; only
words set in marks are.

Names, as in heldout9-11: a speaker or actor that is one of these armed groups or institutions takes this
canonical name whatever spelling the text uses: Kataib Hezbollah, Kataib Sayyid al-Shuhada, Asaib Ahl al-Haq,
Harakat al-Nujaba, Islamic Resistance in Iraq, Popular Mobilization Forces, Islamic State, IRGC, Houthis,
Hamas, Hezbollah, Badr Organization (so 'Asa'ib Ahl al-Haq' is 'Asaib Ahl al-Haq', 'al-Nujaba movement' is
'Harakat al-Nujaba', 'IS' and 'ISIS' are 'Islamic State', 'Ansar Allah' and 'the Houthi militia' are
'Houthis'). Other organisations are named as the text first gives them in full, without a leading possessive
('Syria's Ministry of Defence' is 'Ministry of Defence', 'the Kurdistan Region's Ministry of Natural
Resources' is 'Ministry of Natural Resources'); people by their full name as first given, without rank or
title ('Brig. Gen. Fahad Al-Otaibi' is 'Fahad Al-Otaibi'); unnamed sources by a bare role ('US official',
'senior Peshmerga official', 'Secretary-General' where the text never names him); roles as the text gives
them, without a leading article.

Conventions added in heldout12 (followed here): 'yesterday' in a briefing is published_on minus one day, precision day (no
weekday check applies). A denial by an unnamed official carried by another outlet is asserted by the bare
role via that outlet ('Hezbollah official, via Al-Akhbar'); a suspicion that an outlet reports from a news
agency is asserted via the agency that heard it ('Jordanian security official, via Reuters'). A press
statement issued in a spokesperson's name asserts through that person and the department ('Claire Sutton,
Department of State'). A minister holding a state 'responsible for every launch from its territory' is no
attribution of the attack (no stance for the state), and a retaliatory strike by a state army on a launch site
is no incident.


Situations in this corpus (ten outlets, one article each, published in 2043): Reuters ('ERBIL, Iraq, Jan 14
(Reuters) -', a hedged unnamed US official 'bore the hallmarks of Kataib Hezbollah ... preliminary': suspected
via Reuters, beside the umbrella's Telegram claim); the Associated Press ('BAGHDAD (AP) —', 'fired Tuesday'
without 'on', 'likely carried out by Kataib Sayyid al-Shuhada': suspected, 'No group immediately claimed':
unattributed, last week's claimed drone); AFP ('Sanaa (AFP) –', 'Huthi' spelling, 'late Thursday', a group
spokesman's televised claim, Central Command's firm 'launched by the Iran-backed Huthis'); The National (a
new front group's claim and the Houthis' denial on X, a competing pair with no official attribution); Rudaw
(unclaimed drone on a gas field, hedged 'most likely' Asaib Ahl al-Haq, the group's Telegram denial, a foiled
attack 'On April 2'); Kurdistan24 (a ministry spokesman's firm 'ISIS terrorist cells', a 'Salih said:'
two-paragraph quote, the Amaq claim, last week's unclaimed mortar fire); Al-Monitor (a government spokesman's
firm naming of Harakat al-Nujaba, the spokesman's denial on X, an unclaimed drone earlier this month); Arab
News ('BEIRUT:', an army's hedged 'believed ... Hamas operatives', an unnamed Hezbollah official's denial to
the outlet, 'No group has claimed'); Stars and Stripes (a front group's claim against CENTCOM's on-the-record
'We assess that Kataib Hezbollah directed this attack', the umbrella's claim 'On Aug. 9'); Middle East Eye
(a ministry's firm blame on the PKK, a new group's claim, a PKK official's denial and an Iraqi official's hedged
'probably a front for Kataib Hezbollah': four pairs on one incident). Sponsors ('Iran-backed', 'Iran-aligned',
'linked to Iran') and umbrella membership: no stance. Historical asides (Saraya Awliya al-Dam's 2021 Erbil
rockets, Tower 22 in 2024, the Houthis' 2022 Abu Dhabi strike and Alwiyat Al Waad Al Haq's claim, the 2024 Khor
Mor strike, the Qassam Brigades' 2023 launches, Iran's 2020 missiles on Ain al-Asad, the 2021 Zilkan rockets
blamed on the PKK): no stance, no incident. A state army's retaliatory shelling or air strikes: no incident.
All articles, people and incidents are fictional; some background paragraphs mention real past events.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_tools import inc, st, write_corpus  # noqa: E402

D = Path(__file__).resolve().parent


A = {}
A["s01_reuters_erbil_airport_drones"] = dict(
    published_on="2043-01-14",  # Wednesday
    meta=dict(outlet="Reuters", dateline="ERBIL, Iraq",
              headline="Drones hit Erbil airport base hosting U.S.-led coalition, Iran-backed group claims attack"),
    quotes=[
        ("outside the borders of the Kurdistan Region.", "Counter-Terrorism Directorate", None),
        ("the occupation base at Erbil airport", "Islamic Resistance in Iraq", None),
        ("It looks like their work. But we are still going through the debris, and I would not put it stronger than that,", "U.S. official", None),
        ("These attacks serve no one but those who want to drag Iraq back into a war it has paid for many times over,", "Basim al-Khazraji", "spokesman for the Iraqi prime minister"),
        ("The security forces have been instructed to find the launch site and to arrest everyone involved.", "Basim al-Khazraji", "spokesman for the Iraqi prime minister"),
    ],
    stances=[st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq"),
             st("Kataib Hezbollah", "suspected", "U.S. official, via Reuters"),
             st(None, "unattributed", None)],
    incidents=[inc("2043-01-12", "day", "Erbil International Airport", "Erbil", "Iraq", "drone", "impact"),
               inc("2043-01-01", "month", "Harir air base, northeast of Erbil", "Erbil", "Iraq", "drone", "intercepted")],
    checks=[("late on Monday", "2043-01-12")],
    note="Reuters wire: headline, 'By Dana Mahmoud', dateline 'ERBIL, Iraq, Jan 14 (Reuters) -', straight marks, US "
         "spelling, closing reporting/editing line. Two drones at the Erbil airport base 'late on Monday', one hit a "
         "hangar, the second shot down: one incident, drone, impact (one of two intercepted). The Counter-Terrorism "
         "Directorate's statement 'on Tuesday' (no incident) gives a partial quote with the period inside the mark "
         "(speaker without 'the region's'); 'outside the borders' names nobody. The Islamic Resistance in Iraq, "
         "'an umbrella group of Iran-backed armed factions' (sponsor: no stance), 'said on Telegram' it struck the "
         "base (partial quote): claimed. 'A U.S. official ... said the attack bore the hallmarks of Kataib Hezbollah "
         "... but stressed that the assessment was preliminary' and his 'I would not put it stronger than that': "
         "hedged, suspected KH via Reuters (not assessed, despite the word 'assessment'); speaker the bare role as "
         "the text spells it ('U.S.'). 'Kataib Hezbollah did not respond': no stance. The PM's spokesman (appositive "
         "role, then 'Khazraji said' between two quotes) names nobody. Erbil airport targeted since 2014 and the "
         "February 2021 rockets 'claimed by ... Saraya Awliya al-Dam': history, no stance, no incident. 'Earlier "
         "this month, Kurdish air defenses shot down a drone near the Harir air base ... No group claimed "
         "responsibility for that attack': drone, intercepted, 2043-01-01 precision month, Erbil governorate, and "
         "the unattributed pair (the Erbil attack itself is claimed).",
)
A["s02_ap_rmeilan_rockets"] = dict(
    published_on="2043-02-11",  # Wednesday
    meta=dict(outlet="Associated Press", dateline="BAGHDAD",
              headline="Rockets target US base in northeastern Syria; no injuries reported"),
    quotes=[
        ("We're aware of the attack and we're assessing it,", "Carla Nuñez", "Pentagon deputy press secretary"),
        ("What I can tell you is that there were no injuries, and that our forces retain the right to respond at a time and place of our choosing.", "Carla Nuñez", "Pentagon deputy press secretary"),
        ("I'm not going to get ahead of the investigation.", "Carla Nuñez", "Pentagon deputy press secretary"),
        ("The rockets came from the area near the Iraqi border, and we are working with the coalition to find who launched them,", "Hozan Derik", "spokesman for the U.S.-backed, Kurdish-led Syrian Democratic Forces"),
    ],
    stances=[st(None, "unattributed", None),
             st("Kataib Sayyid al-Shuhada", "suspected", "two U.S. officials, via The Associated Press"),
             st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq")],
    incidents=[inc("2043-02-10", "day", "Rumeilan Landing Zone", "Hasakah", "Syria", "rocket", "impact"),
               inc("2043-02-04", "week", "Green Village base", "Deir ez-Zor", "Syria", "drone", "intercepted")],
    checks=[("fired Tuesday", "2043-02-10")],
    note="AP web story: headline, 'By HAIDAR MOUSA', 'Updated 2:47 PM EST, February 11, 2043', dateline 'BAGHDAD (AP) "
         "—' (the reporter's base; the attack is in Syria), straight marks, weekday without 'on' ('fired Tuesday'), "
         "closing contributor line. Four rockets inside the Rumeilan Landing Zone, a fuel truck damaged, a fifth "
         "left unfired on the launcher (belongs to the attack): rocket, impact, Hasakah. 'No group immediately "
         "claimed responsibility': the unattributed pair. 'Two U.S. officials ... said the attack was likely "
         "carried out by Kataib Sayyid al-Shuhada ... cautioned that the investigation was still underway': hedged, "
         "suspected KSS via the AP (the outlet that heard it); 'The group did not respond': no stance. The deputy "
         "press secretary (role before the name; two quotes split by 'told reporters in Washington', then 'Nuñez "
         "said:' with a quote in the same paragraph) names nobody. The SDF spokesman's quote after reported speech, "
         "attributed by 'he said' (pronoun back to Hozan Derik); role as the appositive gives it. 'Last week, a "
         "drone attack on the Green Village base in Deir el-Zour province was claimed by the Islamic Resistance in "
         "Iraq': drone shot down before reaching the base (intercepted), 2043-02-04 precision week, admin1 spelled "
         "Deir ez-Zor (the text's 'Deir el-Zour'); claimed IRI. Tower 22 (January 2024) that 'Washington blamed' "
         "on the IRI and Kataib Hezbollah: history, no stance, no incident; the Israel-Hamas war: background.",
)
A["s03_afp_red_sea_ship"] = dict(
    published_on="2043-03-06",  # Friday
    meta=dict(outlet="AFP", dateline="Sanaa",
              headline="Yemen's Huthis claim missile attack on cargo ship in Red Sea"),
    quotes=[
        ("All crew are reported safe and the vessel is proceeding to its next port of call,", "United Kingdom Maritime Trade Operations", None),
        ("a number of suitable ballistic missiles", "Abdulkarim al-Sayani", "Huthi military spokesman"),
        ("The operation came in response to the continued aggression against our people and the siege of our ports,", "Abdulkarim al-Sayani", "Huthi military spokesman"),
        ("as long as the siege continues", "Abdulkarim al-Sayani", "Huthi military spokesman"),
        ("limited damage", "Aegean Meridian Shipping", None),
        ("launched by the Iran-backed Huthis", "Central Command", None),
        ("The Huthis have shown that they can turn the Red Sea on and off like a tap,", "Ammar al-Sharabi", "researcher at the Sanaa-based Horizon Centre for Studies"),
        ("Each new attack is a message, to Riyadh as much as to Washington, that nothing will be settled in Yemen without them,", "Ammar al-Sharabi", "researcher at the Sanaa-based Horizon Centre for Studies"),
    ],
    stances=[st("Houthis", "claimed", "Abdulkarim al-Sayani"),
             st("Houthis", "assessed", "Central Command")],
    incidents=[inc("2043-03-05", "day", "Red Sea, about 70 nautical miles west of Hodeida", None, None, "missile", "impact"),
               inc("2043-03-04", "day", "Gulf of Aden", None, None, "missile", "intercepted")],
    checks=[("late Thursday", "2043-03-05"), ("Gulf of Aden on Wednesday", "2043-03-04")],
    note="AFP wire: headline, dateline 'Sanaa (AFP) –', weekdays without 'on' ('said Friday', 'late Thursday'), "
         "British spelling, AFP's 'Huthi' (canonical Houthis), straight marks, closing 'str-bur/ysm' signature. The "
         "MV Coral Meridian hit 'late Thursday about 70 nautical miles west of Hodeida', fire on deck: missile (the "
         "claim says ballistic missiles; UKMTO says 'projectile'), impact, at sea (no admin1 or country). UKMTO "
         "(named in full as the text first gives it) and the ship manager's 'limited damage' name nobody. 'Huthi "
         "military spokesman Abdulkarim al-Sayani said in a televised statement that the rebels' naval forces had "
         "targeted the ship': claimed Houthis, asserted by the named spokesman (as heldout12's Houthi spokesman), "
         "role before the name; his next quote is attributed by 'he said' (pronoun), then a partial quote. "
         "'Central Command said its forces had shot down an anti-ship cruise missile \"launched by the Iran-backed "
         "Huthis\" over the Gulf of Aden on Wednesday': firm, from a military: assessed Houthis (speaker without "
         "'the US military's'); missile, intercepted, at sea. The analyst (quote, 'said', name and role; then 'he "
         "told AFP') names nobody. The 2014 seizure of Sanaa, the 2023 Galaxy Leader seizure and sinkings: "
         "history, no stance, no incident. The truce since 2022: background.",
)
A["s04_thenational_dhafra_drones"] = dict(
    published_on="2043-03-26",  # Thursday
    meta=dict(outlet="The National", dateline=None,
              headline="UAE intercepts two drones over Al Dhafra as unknown group claims attack"),
    quotes=[
        ("The Ministry of Defence affirms its full readiness to deal with any threats, and it will take all necessary measures to protect the state from any attacks,", "Ministry of Defence", None),
        ("a base of the American enemy in the Emirates", "Saraya Al Waad Al Sadiq", None),
        ("Our operations are announced by us, in our name, and we do not hide behind other names,", "Abdulwahab Al Mahbashi", "member of the group’s political bureau"),
        ("We have nothing to do with what happened in the Emirates.", "Abdulwahab Al Mahbashi", "member of the group’s political bureau"),
        ("The UAE is a country of peace and of partnership, but the security of our land and of everyone who lives on it is a red line,", "Saeed Al Hameli", "Minister of State for Defence Affairs"),
        ("The name is new, but the playbook is not. These groups are linked to Iran and they change their labels whenever the political cost of an attack goes up,", "Khalid Al Mansoori", "security analyst in Abu Dhabi"),
        ("What matters is that the air defences worked exactly as they were designed to.", "Khalid Al Mansoori", "security analyst in Abu Dhabi"),
    ],
    stances=[st("Saraya Al Waad Al Sadiq", "claimed", "Saraya Al Waad Al Sadiq"),
             st("Houthis", "denied", "Abdulwahab Al Mahbashi")],
    incidents=[inc("2043-03-25", "day", "Al Dhafra region", "Abu Dhabi", "United Arab Emirates", "drone", "intercepted")],
    checks=[("early on Wednesday", "2043-03-25")],
    note="The National online: headline, byline 'Salma Rashid', 'Mar 26, 2043', no dateline, curly marks, British "
         "spelling, 'Dr' without a point, 'state news agency Wam'. Two drones 'intercepted and destroyed' over Al "
         "Dhafra 'early on Wednesday', debris in uninhabited areas: drone, intercepted, Abu Dhabi emirate. The "
         "ministry statement in marks is a quote of the Ministry of Defence; it names nobody, and 'did not say "
         "where the drones had been launched from' gives no unattributed pair (a claim exists). 'a previously "
         "unknown group calling itself Saraya Al Waad Al Sadiq said on Telegram that it had sent the drones': "
         "claimed, named as the text spells it (judgement call: The National's 'Al' capitalisation kept). 'The "
         "Houthi rebels ... rejected any link to the incident' with Al Mahbashi's 'We have nothing to do with what "
         "happened in the Emirates' on X: denied Houthis, asserted by the named political-bureau member (as a group "
         "spokesman); role as the text gives it, 'the group’s' kept. Competing: a claim and a denial by another "
         "group, no official attribution. The minister of state (name, title; then 'he said') names nobody. The "
         "analyst's 'These groups are linked to Iran': sponsor, no stance; his second quote is its own paragraph "
         "without attribution (same speaker). The January 2022 Houthi attack on Musaffah and the February 2022 "
         "drones 'claimed by Alwiyat Al Waad Al Haq': history, no stance, no incident.",
)
A["s05_rudaw_khor_mor_drone"] = dict(
    published_on="2043-04-15",  # Wednesday
    meta=dict(outlet="Rudaw", dateline="SULAIMANI, Kurdistan Region",
              headline="Drone attack sets Khor Mor gas field ablaze, cuts power across Kurdistan Region"),
    quotes=[
        ("a terrorist act targeting the livelihood of all the people of Kurdistan and Iraq.", "Ministry of Natural Resources", None),
        ("most likely", "senior Kurdistan Region security official", None),
        ("We have seen the same type of drone, from the same direction, several times. We will share everything we know with Baghdad,", "senior Kurdistan Region security official", None),
        ("no link whatsoever", "Asaib Ahl al-Haq", None),
        ("parties in the Kurdistan Region", "Asaib Ahl al-Haq", None),
        ("drag the movement into political disputes.", "Asaib Ahl al-Haq", None),
        ("Khor Mor is an Iraqi field that supplies Iraqi homes with electricity. The federal government is responsible for protecting it as it protects any other field in Iraq,", "Sarwar Mahmoud", "spokesperson for the Kurdistan Regional Government"),
        ("We are in April and it is already hot. If this goes on into the summer, people will not be able to live,", "Hawre Aziz", "shopkeeper in Sulaimani"),
    ],
    stances=[st(None, "unattributed", None),
             st("Asaib Ahl al-Haq", "suspected", "senior Kurdistan Region security official, via Rudaw"),
             st("Asaib Ahl al-Haq", "denied", "Asaib Ahl al-Haq")],
    incidents=[inc("2043-04-12", "day", "Khor Mor gas field", "Sulaimani", "Iraq", "drone", "impact"),
               inc("2043-04-02", "day", "farmhouse near Chamchamal", "Sulaimani", "Iraq", "drone", "foiled")],
    checks=[("late Sunday", "2043-04-12")],
    note="Rudaw English: headline, 'Rudaw', '15-04-2043' (DD-MM-YYYY), dateline 'SULAIMANI, Kurdistan Region -', "
         "straight marks, periods inside the closing marks. A drone hit a storage tank at Khor Mor 'late Sunday', "
         "fire, production halted: drone, impact, Sulaimani province. The Ministry of Natural Resources (without "
         "'The Kurdistan Region's') calls it 'a terrorist act' and names nobody. 'No group has claimed "
         "responsibility for the attack': the unattributed pair. The unnamed senior security official's 'most "
         "likely' (a two-word partial quote) Asaib Ahl al-Haq, 'the investigation was not finished': suspected AAH "
         "via Rudaw; his second quote attributed by 'he said'. AAH, 'an Iran-backed group that is part of the "
         "Popular Mobilization Forces (PMF)' (sponsor and membership: no stance for Iran or the PMF), 'rejected the "
         "accusation' on Telegram 'on Tuesday' with three partial quotes: denied AAH. The KRG spokesperson blames "
         "Baghdad's protection, not the attack: no stance. 'On April 2, Sulaimani's security agency (Asayish) said "
         "it had foiled an attack on the field, seizing two drones that had been prepared for launch in a farmhouse "
         "near Chamchamal': drone, foiled, day precision, at the farmhouse where the drones were seized (judgement "
         "call on place); nobody named, under the same unattributed pair. The April 2024 strike that killed four "
         "Yemeni workers and attacks since 2022: history. The power cut and 'on Monday' hours of supply: no "
         "incident. The shopkeeper's quote names nobody.",
)
A["s06_kurdistan24_kalar_ied"] = dict(
    published_on="2043-05-20",  # Wednesday
    meta=dict(outlet="Kurdistan24", dateline="ERBIL",
              headline="Two Peshmerga killed in roadside bomb attack in Garmiyan, ISIS claims responsibility"),
    quotes=[
        ("ISIS terrorist cells that exploit the security gap between Peshmerga and Iraqi army positions.", "Karwan Salih", "spokesperson for the Ministry of Peshmerga Affairs"),
        ("These areas, the Qarachogh and Hamrin mountains and the valleys between them, have been a refuge for the terrorists for years. Every time we raise the alarm, we are told that coordination is coming.", "Karwan Salih", "spokesperson for the Ministry of Peshmerga Affairs"),
        ("We need the joint brigades with the Iraqi army to be on the ground, not on paper. Until that happens, our fighters will continue to pay the price.", "Karwan Salih", "spokesperson for the Ministry of Peshmerga Affairs"),
        ("destroyed a vehicle of the Peshmerga militia", "Islamic State", None),
        ("People here are afraid to go to their farms at night. They hear movement in the valleys, and they know who it is,", "Rebwar Hama Amin", "mayor of Kalar"),
        ("take serious steps", "Kurdistan Region Presidency", None),
    ],
    stances=[st("Islamic State", "assessed", "Karwan Salih, Ministry of Peshmerga Affairs"),
             st("Islamic State", "claimed", "Islamic State, via Amaq"),
             st(None, "unattributed", None)],
    incidents=[inc("2043-05-18", "day", "near the village of Tapa Sawz, Kalar district", "Sulaimani", "Iraq", "ied", "impact"),
               inc("2043-05-13", "week", "Peshmerga position south of Kalar", "Sulaimani", "Iraq", "mortar", "impact")],
    checks=[("on Monday evening", "2043-05-18")],
    note="Kurdistan24 English: headline, 'By Kurdistan24', '2043-05-20 12:41', dateline 'ERBIL (Kurdistan24) –' (the "
         "newsroom; the attack is in Garmiyan), curly marks, 'ISIS'. A roadside bomb on a Peshmerga vehicle 'on "
         "Monday evening' near Tapa Sawz in Kalar district, two killed, three wounded: ied, impact; admin1 "
         "Sulaimani (Garmiyan administration lies in Sulaimani province; judgement call). The ministry "
         "spokesperson (rank dropped, role from the appositive) 'told Kurdistan24 that the attack was carried out "
         "by \"ISIS terrorist cells ...\"': firm, on the record, from a ministry: assessed Islamic State "
         "(canonical), asserted by him for the ministry. 'Salih said:' closes a paragraph, then a two-paragraph "
         "quote, the first paragraph left open (two quotes). 'The Islamic State (ISIS) claimed the attack through "
         "its Amaq news agency on Tuesday': claimed IS via Amaq, its partial quote. 'Last week, mortar shells "
         "struck a Peshmerga position south of Kalar, causing damage ... No group claimed responsibility for that "
         "attack': mortar, impact, 2043-05-13 precision week, and the unattributed pair. The mayor's 'they know who "
         "it is' names nobody: no stance. The Presidency's partial quote 'take serious steps' (a call on Baghdad): "
         "no stance. ISIS seizing territory in 2014 and its 2017 defeat, the 2021 joint brigades: history.",
)
A["s07_almonitor_azraq_drones"] = dict(
    published_on="2043-06-17",  # Wednesday
    meta=dict(outlet="Al-Monitor", dateline=None,
              headline="Jordan blames Iraq's Nujaba for drone attack near Azraq air base"),
    quotes=[
        ("explosive-laden,", "Jordan Armed Forces", None),
        ("by the terrorist Harakat al-Nujaba militia from Iraqi territory.", "Hani al-Majali", "minister of government communications and government spokesman"),
        ("We have the evidence, and we have shared it with our brothers in Baghdad. Jordan will not be a mailbox for anyone’s messages,", "Hani al-Majali", "minister of government communications and government spokesman"),
        ("has no quarrel with the Jordanian people.", "Abbas al-Zaidi", "spokesman"),
        ("Our weapons are pointed only at the occupation,", "Abbas al-Zaidi", "spokesman"),
        ("a gift to the Americans.", "Abbas al-Zaidi", "spokesman"),
        ("rejects the use of Iraqi territory to attack any neighboring country", "Foreign Ministry", None),
        ("Amman is naming names now because silence has not worked,", "Laith Khasawneh", "Jordanian security analyst"),
        ("The question is whether anyone in Baghdad can do anything with that name.", "Laith Khasawneh", "Jordanian security analyst"),
    ],
    stances=[st("Harakat al-Nujaba", "assessed", "Hani al-Majali"),
             st("Harakat al-Nujaba", "denied", "Abbas al-Zaidi"),
             st(None, "unattributed", None)],
    incidents=[inc("2043-06-16", "day", "desert area north of Azraq, near Muwaffaq Salti Air Base", "Zarqa", "Jordan", "drone", "intercepted"),
               inc("2043-06-01", "month", "near the Jaber border crossing", "Mafraq", "Jordan", "drone", "intercepted")],
    checks=[("early Tuesday", "2043-06-16")],
    note="Al-Monitor: headline, 'Al-Monitor Staff', 'June 17, 2043', no dateline, curly marks, US spelling, 'told "
         "Al-Monitor'. Two drones shot down 'early Tuesday' north of Azraq near Muwaffaq Salti Air Base: one "
         "incident, drone, intercepted, admin1 Zarqa (Azraq lies in Zarqa governorate; judgement call). The army's "
         "one-word partial quote 'explosive-laden,' (comma inside the mark). The government spokesman ('On Tuesday "
         "evening', the statement, no incident) said the drones had been launched 'by the terrorist Harakat "
         "al-Nujaba militia from Iraqi territory' and 'We have the evidence': firm, from a government: assessed "
         "Harakat al-Nujaba, asserted by him (as heldout12's ministry spokesman); role without 'Jordan’s'. Nujaba, "
         "'an Iran-backed faction' (sponsor), 'rejected the accusation': its spokesman (role 'spokesman' as 'Its "
         "spokesman' gives it) on X, three quotes: denied Harakat al-Nujaba, asserted by him. Iraq's Foreign "
         "Ministry rejecting the use of its territory: no stance. 'Earlier this month, the army said it had downed "
         "a drone near the Jaber border crossing with Syria. No group claimed that incident': drone, intercepted, "
         "2043-06-01 precision month, Mafraq; the unattributed pair. Tower 22 (January 2024) 'Washington blamed the "
         "Islamic Resistance in Iraq, an umbrella that includes Nujaba and Kataib Hezbollah': history and "
         "membership, no stance, no incident. The analyst (quote, 'told Al-Monitor', quote) names no further group.",
)
A["s08_arabnews_south_lebanon_rockets"] = dict(
    published_on="2043-07-09",  # Thursday
    meta=dict(outlet="Arab News", dateline="BEIRUT",
              headline="Rockets fired from south Lebanon at northern Israel; no claim of responsibility"),
    quotes=[
        ("Hamas operatives operating in Lebanon", "Israeli army", None),
        ("nothing to do with", "Hezbollah official", None),
        ("The resistance is committed to the decisions of the Lebanese state, and we are not looking for a new war,", "Hezbollah official", None),
        ("Whoever did this wants to give Israel an excuse.", "Hezbollah official", None),
        ("Those who fired these rockets do not represent Lebanon, and they will be pursued wherever they are,", "Elie Rahme", "Interior Minister"),
        ("alone has the right to decide on war and peace.", "Elie Rahme", "Interior Minister"),
        ("We heard the rockets go up, and five minutes later the shells came down on us. We do not know who fired them, and we pay the price,", "Hassan Fares", "farmer"),
    ],
    stances=[st(None, "unattributed", None),
             st("Hamas", "suspected", "Israeli army"),
             st("Hezbollah", "denied", "Hezbollah official, via Arab News")],
    incidents=[inc("2043-07-08", "day", "open area near Kiryat Shmona", "Northern District", "Israel", "rocket", "impact")],
    checks=[("on Wednesday evening", "2043-07-08")],
    note="Arab News: headline, byline 'RANA HADDAD', 'Updated 09 July 2043', dateline 'BEIRUT:', curly marks. Two "
         "rockets 'on Wednesday evening', one intercepted, the other in an open area near Kiryat Shmona: one "
         "incident, rocket, impact (one of two intercepted), placed where it fell (Israel's Northern District); the "
         "third rocket still on the launch pad near Qlaileh belongs to the attack. 'No group has claimed "
         "responsibility for the attack': the unattributed pair. 'The Israeli army said ... that it believed the "
         "rockets had been fired by \"Hamas operatives operating in Lebanon\"': hedged ('believed'), suspected "
         "Hamas, asserted by the army (judgement call: an army's stated belief is a suspicion, not a finding); its "
         "artillery response and the shells on Qlaileh's outskirts: retaliation by a state army, no incident. The "
         "unnamed Hezbollah official 'told Arab News that the party had \"nothing to do with\" the rockets': denied "
         "Hezbollah via Arab News, two further quotes split by 'the official said'. 'Hamas officials ... could not "
         "be reached': no stance. The interior minister (title before the name; 'Rahme said' after a meeting 'on "
         "Thursday', then 'He said that the state \"alone ...\"', a partial quote by pronoun) names nobody. The "
         "farmer's 'We do not know who fired them'. The November 2024 ceasefire and the Qassam Brigades' October "
         "2023 claims: history, no stance, no incident.",
)
A["s09_stripes_ain_al_asad_drones"] = dict(
    published_on="2043-08-27",  # Thursday
    meta=dict(outlet="Stars and Stripes", dateline="WASHINGTON",
              headline="Two US troops hurt in drone attack on Iraq's Ain al-Asad air base"),
    quotes=[
        ("the American occupation's largest base in western Iraq.", "Kataib Rijal al-Wafa", None),
        ("We assess that Kataib Hezbollah directed this attack, whatever label they decided to put on it this week,", "Dana Whitcomb", "CENTCOM spokeswoman"),
        ("Front groups give them deniability with the Iraqi government,", "Dana Whitcomb", "CENTCOM spokeswoman"),
        ("They don't give them deniability with us.", "Dana Whitcomb", "CENTCOM spokeswoman"),
        ("Iraq will not accept that its territory is used to attack the forces of the coalition, which are here at the invitation of the Iraqi government,", "Haider al-Obaidi", "spokesman for Iraq's Joint Operations Command"),
    ],
    stances=[st("Kataib Rijal al-Wafa", "claimed", "Kataib Rijal al-Wafa"),
             st("Kataib Hezbollah", "assessed", "Dana Whitcomb, U.S. Central Command"),
             st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq")],
    incidents=[inc("2043-08-25", "day", "Ain al-Asad Air Base", "Anbar", "Iraq", "drone", "impact"),
               inc("2043-08-09", "day", "Union III compound", "Baghdad", "Iraq", "rocket", "impact")],
    checks=[("late Tuesday", "2043-08-25")],
    note="Stars and Stripes: headline, 'By MARCUS WHITFIELD', 'STARS AND STRIPES • August 27, 2043', dateline "
         "'WASHINGTON —', straight marks, miles, a closing e-mail line. A one-way drone hit a warehouse at Ain "
         "al-Asad 'late Tuesday', two troops lightly hurt, a second drone shot down: one incident, drone, impact, "
         "Anbar. 'A group calling itself Kataib Rijal al-Wafa claimed the attack ... on Telegram' (partial quote, "
         "period inside the mark): claimed, named as in the text. The CENTCOM spokeswoman's on-the-record 'We "
         "assess that Kataib Hezbollah directed this attack, whatever label they decided to put on it': firm, "
         "assessed KH, asserted by her for Central Command (rank dropped; 'said Wednesday' is the statement); her "
         "next two quotes split by 'she said' (pronoun). The front-group claim against the assessment is the "
         "contest; no separate claimed pair for KH. 'Kataib Hezbollah, an Iran-backed militia that the State "
         "Department designated ... in 2009, did not respond': sponsor and history, no stance. The Joint Operations "
         "Command spokesman (launch point near Baghdadi: no incident) names nobody. 'On Aug. 9, two rockets landed "
         "inside the Union III compound in Baghdad, damaging a parking area. That attack was claimed by the Islamic "
         "Resistance in Iraq, an umbrella of Iran-aligned militias': rocket, impact, day precision; claimed IRI. "
         "Iran's January 2020 missiles on Ain al-Asad after Soleimani's killing: history, no stance, no incident.",
)
A["s10_mee_zilkan_rockets"] = dict(
    published_on="2043-09-23",  # Wednesday
    meta=dict(outlet="Middle East Eye", dateline=None,
              headline="Rockets hit Turkish base in northern Iraq as Ankara blames PKK and new group claims attack"),
    quotes=[
        ("neutralised", "Ministry of National Defence", None),
        ("The terrorist organisation will find no safe haven in northern Iraq, whatever name it hides behind,", "Serkan Yavuz", "ministry spokesperson"),
        ("the Turkish occupation base in Bashiqa", "Kataib Tahrir al-Shamal", None),
        ("We have not carried out operations in Nineveh for years, and we have no reason to start now. Turkey blames us for everything that happens in Iraq,", "PKK official", None),
        ("probably a front for Kataib Hezbollah", "Iraqi security official", None),
        ("The rockets, the launch method, the language of the statement, all of it points the same way. But we are still at the start of the investigation,", "Iraqi security official", None),
        ("We have lived next to this base for years. Every few months the rockets come, and every time someone different says it was them,", "Nawaf Elias", "Bashiqa resident"),
    ],
    stances=[st("Kurdistan Workers’ Party", "assessed", "Ministry of National Defence"),
             st("Kataib Tahrir al-Shamal", "claimed", "Kataib Tahrir al-Shamal"),
             st("Kurdistan Workers’ Party", "denied", "PKK official, via Middle East Eye"),
             st("Kataib Hezbollah", "suspected", "Iraqi security official, via Middle East Eye")],
    incidents=[inc("2043-09-20", "day", "Zilkan military base near Bashiqa", "Nineveh", "Iraq", "rocket", "impact")],
    checks=[("on Sunday night", "2043-09-20")],
    note="Middle East Eye: headline, 'Zaid Karim in Baghdad' (the reporter's base, not a dateline), 'Published date: "
         "23 September 2043 13:20 BST', curly marks (also in 'Workers’' and 'd’affaires'), British spelling, 'told "
         "MEE'. Rockets on the Zilkan base near Bashiqa 'on Sunday night', one soldier wounded: rocket, impact, "
         "Nineveh. 'Turkey’s Ministry of National Defence said on Monday that the attack had been carried out by "
         "members of the Kurdistan Workers’ Party (PKK)': firm, from a ministry: assessed, actor named as the text "
         "first gives it in full (with its curly apostrophe), asserted by the ministry (speaker without "
         "'Turkey’s'); its 'neutralised' is a one-word partial quote; the air strikes in retaliation: no incident. "
         "The ministry spokesperson's quote at the briefing 'on Tuesday' (rank dropped) adds no pair. 'a previously "
         "unknown group calling itself Kataib Tahrir al-Shamal claimed responsibility ... on Telegram': claimed. 'A "
         "PKK official, speaking to Middle East Eye on condition of anonymity, denied any involvement': denied PKK "
         "via MEE (bare role as the text gives it). 'An Iraqi security official in Mosul told MEE that the claiming "
         "group was \"probably a front for Kataib Hezbollah\"' and 'we are still at the start of the "
         "investigation': hedged, suspected KH via MEE; 'the Iran-aligned armed faction': sponsor; 'Kataib "
         "Hezbollah did not respond': no stance. Four pairs on one incident (contested). Iraq summoning the Turkish "
         "charge d'affaires 'on Tuesday' over strikes near Bahzani: no incident. The 2015 deployment and the April "
         "2021 rockets 'Ankara blamed the PKK at the time': history, no stance, no incident. The resident names "
         "nobody.",
)

write_corpus(D, A)
