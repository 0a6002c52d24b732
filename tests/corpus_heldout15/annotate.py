"""Hand annotations of the fifteenth held-out corpus (tests/corpus_heldout15).

Written blind, from scratch, by someone who had not seen the extractor's code (db/), its tests, its development
or scores, or the texts of any earlier corpus, and annotated without running the extractor, `threatdesk import`
or any script under scripts/. Same format and checks as tests/corpus_heldout12/annotate.py (shared in
tests/corpus_tools.py): each quote is the exact text typed by hand; its offsets come from str.find on the .txt
(each must occur once, sit right after an opening mark and end at a closing mark or at the end of its
paragraph). Marks that are deliberately not quotes (a scare-quoted word) are listed in not_quotes and checked
the same way.
Run `python tests/corpus_heldout15/annotate.py` to rewrite the .json files after editing an annotation.

The conventions paragraphs below are copied verbatim from tests/corpus_heldout12/annotate.py and followed here.

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

New conventions in this corpus: 'yesterday' in a briefing is published_on minus one day, precision day (no
weekday check applies). A denial by an unnamed official carried by another outlet is asserted by the bare
role via that outlet ('Hezbollah official, via Al-Akhbar'); a suspicion that an outlet reports from a news
agency is asserted via the agency that heard it ('Jordanian security official, via Reuters'). A press
statement issued in a spokesperson's name asserts through that person and the department ('Claire Sutton,
Department of State'). A minister holding a state 'responsible for every launch from its territory' is no
attribution of the attack (no stance for the state), and a retaliatory strike by a state army on a launch site
is no incident.

Judgement calls made in this corpus under those conventions (each also in the article's note): a hedged
attribution by an analyst or a think tank ('Most probably this is Kataib Hezbollah', 'assesses that ... is
likely a new front for Kata'ib Hezbollah') is a suspicion asserted by the analyst or the publication (suspected);
a firm attribution by a non-state military force's spokesman ('This was an ISIS cell', the SDF) is assessed; a
car bomb is an ied; an ambush with gunfire is small-arms; a tanker hit by 'an unidentified projectile' is
other; rockets found set up for launch and dismantled are one foiled incident; INA's 'today, Wednesday' is the
weekday phrase of a story published that Wednesday; a group's praise of an attack without a claim ('a natural
response to the occupation's crimes') is no stance; the unnamed spokesman of a gazetteer group quoted by the
group's own television is the group (speaker 'Houthis', asserted 'Houthis, via Al-Masirah'). A state's
retaliatory fire on attackers ('our retaliatory fire succeeded in neutralizing them') and allied air strikes
mentioned in passing are no incidents. All articles, people and incidents are fictional; some background paragraphs mention real
past events (the 2020 Soleimani strike, the 2021 Bashiqa rocket, Tower 22 in 2024, the IRGC's 2024 Erbil
missiles, the 2022 Ghweiran prison attack, the 2022 attacks on Abu Dhabi, the Houthis taking Sanaa in 2014):
no stance, no incident.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_tools import inc, st, write_corpus  # noqa: E402

D = Path(__file__).resolve().parent


A = {}
A["s01_xinhua_baghdad_airport_rockets"] = dict(
    published_on="2036-01-15",  # Tuesday
    meta=dict(outlet="Xinhua", dateline="BAGHDAD",
              headline="Rockets hit near Baghdad airport, no casualties reported"),
    quotes=[
        ("Three rockets landed in the vicinity of the airport shortly before midnight. One of them hit a car park used by airport employees, while the other two fell in an empty area near the perimeter fence,", "Iraqi security source", None),
        ("The security forces have opened an investigation to identify the perpetrators of this terrorist act and bring them to justice,", "Security Media Cell", None),
        ("Air traffic is proceeding normally, and all morning flights departed on schedule,", "Hussein Jabbar", "spokesman for the Iraqi Civil Aviation Authority"),
        ("will not allow outlaw groups to undermine Iraq's security and its relations with the international community.", "Ali Kadhim al-Saadi", "Government spokesman"),
    ],
    stances=[st(None, "unattributed", None)],
    incidents=[inc("2036-01-14", "day", "Baghdad International Airport", "Baghdad", "Iraq", "rocket", "impact"),
               inc("2036-01-01", "month", "Baghdad International Airport", "Baghdad", "Iraq", "drone", "intercepted")],
    checks=[("late Monday", "2036-01-14")],
    note="Xinhua web copy: headline, 'Source: Xinhua', 'Editor: ...', a Beijing-time stamp, dateline 'BAGHDAD, Jan. "
         "15 (Xinhua) --', straight marks, American spelling. Three Katyusha rockets near Baghdad airport 'late "
         "Monday', one on an employees' car park, two in an empty area by the fence, no casualties: rocket, impact, "
         "Baghdad; the fourth rocket that failed to fire on the launch pad found in Radwaniyah belongs to the attack "
         "(convention). 'an Iraqi security source ... the source, who requested anonymity' is the bare role "
         "'Iraqi security source'. The Security Media Cell (speaker without 'Iraq's') names no perpetrator. 'No "
         "group has claimed responsibility for the attack so far': the unattributed pair. The aviation spokesman "
         "(named after 'according to', then the surname only) and the government spokesman's partial quote "
         "(period inside the mark) name nobody; 'outlaw groups' is no actor. 'Earlier this month, Iraqi air "
         "defenses shot down a small drone ... without naming the party behind it': drone, intercepted, the first "
         "of the month with precision month, under the same unattributed pair. 'Washington has often blamed "
         "Iran-backed Iraqi armed factions' (no group named, general) and the January 2020 strike that killed "
         "Soleimani and al-Muhandis (IRGC and PMF named as affiliations): history and sponsor, no stance, no "
         "incident. 'on Tuesday' is the day the source spoke, no incident.",
)
A["s02_anadolu_bashiqa_base_rockets"] = dict(
    published_on="2036-02-20",  # Wednesday
    meta=dict(outlet="Anadolu Agency", dateline="ANKARA",
              headline="Rocket attack targets Turkish military base in northern Iraq's Bashiqa"),
    quotes=[
        ("No loss of life or injury occurred among our personnel as a result of the harassment fire on our Bashiqa base. The terrorists who carried out the attack were identified, and our retaliatory fire succeeded in neutralizing them,", "National Defense Ministry", None),
        ("the Turkish occupation base in Bashiqa", "Kataib Dir al-Iraq", None),
        ("We will not allow anyone to use the land of Nineveh to attack a neighboring country or to drag the province back into chaos,", "Raad al-Hamdani", "governor of Nineveh province"),
        ("Whoever fired these rockets does not represent the people of Nineveh.", "Raad al-Hamdani", "governor of Nineveh province"),
        ("any attack on the diplomatic and military presence of friendly countries on Iraqi soil", "Foreign Ministry", None),
    ],
    not_quotes=["neutralize"],
    stances=[st("Kataib Dir al-Iraq", "claimed", "Kataib Dir al-Iraq"),
             st(None, "unattributed", None)],
    incidents=[inc("2036-02-19", "day", "Turkish military base in Bashiqa", "Nineveh", "Iraq", "rocket", "impact"),
               inc("2036-02-13", "week", "near Bartella", "Nineveh", "Iraq", "rocket", "foiled")],
    checks=[("on Tuesday evening", "2036-02-19")],
    note="Anadolu Agency web copy: headline, a subhead, a two-name "
         "byline with '|20.02.2036 - Update : 20.02.2036', the dateline 'ANKARA' on a line of its own, straight "
         "marks, 'Türkiye', 'Daesh/ISIS'. Rockets on the Bashiqa base 'on Tuesday evening', at least five fired, "
         "two inside the base damaging a storage building: rocket, impact, Nineveh. The ministry (speaker without "
         "'Türkiye's') speaks only of 'terrorists': no actor, no stance; their "
         "'neutralizing' by 'retaliatory fire' is a state's retaliation, no incident. The house line 'the term \"neutralize\"' sets the "
         "word in double marks: a not_quote. The Iraqi sources come in after 'According to' (no quote). 'A group "
         "calling itself Kataib Dir al-Iraq later claimed responsibility ... on Telegram' with a partial quote: "
         "claimed, named as the text gives it; 'gave no evidence' does not undo the claim. 'Last week, Iraqi forces "
         "found four rockets set up for launch toward the same base near the town of Bartella and dismantled them "
         "... No group claimed that attempt': rocket, foiled, precision week, and the unattributed pair. The "
         "governor (named in apposition after his role, a quote split by 'al-Hamdani told Anadolu by phone') and "
         "the Foreign Ministry's partial quote name nobody. The 2015 deployment, the April 2021 rocket that killed "
         "a Turkish soldier and 'Iraqi armed factions aligned with Iran': history and sponsor, no stance, no "
         "incident.",
)
A["s03_cnn_tanf_drone"] = dict(
    published_on="2036-03-12",  # Wednesday
    meta=dict(outlet="CNN", dateline=None,
              headline="Drone attack on US base in Syria wounds four American troops"),
    quotes=[
        ("At approximately 11:40 p.m. local time, a one-way attack UAS impacted a living area at the garrison. Four US personnel were injured and have been evacuated for medical treatment,", "US Central Command", None),
        ("the occupation base at al-Tanf", "Islamic Resistance in Iraq", None),
        ("We’re not going to get ahead of the investigation,", "Laura Kessler", "Pentagon press secretary"),
        ("But I’d point out that these groups have said publicly what they intend to do, and we take them at their word.", "Laura Kessler", "Pentagon press secretary"),
        ("Our troops are in Syria to make sure ISIS never again holds territory, and we will not be deterred by cowardly attacks on them.", "Paul Merrick", "Defense Secretary"),
        ("Those who ordered this attack should know that the United States will respond at a time and place of our choosing.", "Paul Merrick", "Defense Secretary"),
        ("The militias have learned that a single drone that gets through buys them months of attention,", "Rana Haddad", "senior fellow at the Atlantic Council who studies Iraq’s armed groups"),
        ("The question for Washington is whether it wants to keep paying that price for a few hundred troops in the desert.", "Rana Haddad", "senior fellow at the Atlantic Council who studies Iraq’s armed groups"),
    ],
    stances=[st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq"),
             st("Kataib Hezbollah", "suspected", "two US officials, via CNN")],
    incidents=[inc("2036-03-09", "day", "At-Tanf Garrison", "Homs", "Syria", "drone", "impact"),
               inc("2036-02-27", "day", "Mission Support Site Conoco", "Deir ez-Zor", "Syria", "rocket", "impact")],
    checks=[("late Sunday", "2036-03-09")],
    note="CNN web story: headline, 'By ... and ..., CNN', 'Updated 6:47 PM EDT, Wed March 12, 2036', the body opening "
         "'(CNN) —' (no place dateline: None), curly marks and apostrophes, a closing contributor line. A one-way "
         "drone hit a living area at At-Tanf 'late Sunday', four wounded: drone, impact, Homs governorate (At-Tanf "
         "lies in it; judgement from geography). CENTCOM's statement, speaker as first given in full ('US Central "
         "Command'), names nobody. 'The Islamic Resistance in Iraq, an umbrella group of Iran-backed militias, "
         "claimed the attack ... on Telegram' (partial quote): claimed IRI. 'Two US officials told CNN that the "
         "drone was most likely launched by Kataib Hezbollah ... though they cautioned that the investigation was "
         "still underway': hedged, suspected KH, asserted by the unnamed officials via CNN (CNN heard them itself). "
         "'Kataib Hezbollah did not respond': no stance. The press secretary 'declined ... to say which group' "
         "(no pair: a claim exists); her quote is split by 'Kessler told reporters'. The defence secretary's "
         "'said:' closes a paragraph before a two-paragraph quote (the first left open). 'The Islamic Resistance "
         "in Iraq also claimed a rocket attack on February 27 on Mission Support Site Conoco ... landed outside the "
         "base perimeter': rocket, impact (not intercepted), day precision, under the same claimed pair. 'Sunday’s "
         "attack' repeats the date. Tower 22 in January 2024, 'The US blamed that attack on the Islamic Resistance "
         "in Iraq and struck Kataib Hezbollah targets': history, no stance, no incident. The analyst names nobody.",
)
A["s04_abcnews_red_sea_destroyer_missile"] = dict(
    published_on="2036-04-17",  # Thursday
    meta=dict(outlet="ABC News", dateline=None,
              headline="Houthi missile fired at US Navy destroyer shot down in Red Sea, officials say"),
    quotes=[
        ("At approximately 9:15 p.m. (Sanaa time), Iran-backed Houthi terrorists launched one anti-ship ballistic missile from Houthi-controlled areas of Yemen toward USS Samuel Kerr. The missile was successfully engaged and shot down by the ship. There were no injuries or damage to U.S. or commercial vessels,", "U.S. Central Command", None),
        ("the American destroyer", "Mohammed al-Sharafi", "Houthi military spokesman"),
        ("a number of naval missiles.", "Mohammed al-Sharafi", "Houthi military spokesman"),
        ("The operation achieved its objectives,", "Mohammed al-Sharafi", "Houthi military spokesman"),
        ("and our operations will not stop as long as the American aggression against our country continues.", "Mohammed al-Sharafi", "Houthi military spokesman"),
        ("We had nothing to do with what happened to that ship, and we have announced every one of our operations ourselves,", "senior Houthi official", None),
        ("Whether or not they fired at that tanker, the effect on shipping is the same,", "Elizabeth Rowan", "former Navy intelligence officer who is now a maritime security analyst at the Center for Naval Analyses"),
        ("Insurers don't wait for attribution. They just raise the premiums.", "Elizabeth Rowan", "former Navy intelligence officer who is now a maritime security analyst at the Center for Naval Analyses"),
    ],
    stances=[st("Houthis", "assessed", "U.S. Central Command"),
             st("Houthis", "claimed", "Mohammed al-Sharafi"),
             st("Houthis", "denied", "senior Houthi official, via ABC News"),
             st(None, "unattributed", None)],
    incidents=[inc("2036-04-16", "day", "southern Red Sea, near the Bab el-Mandeb strait", None, None, "missile", "intercepted"),
               inc("2036-04-10", "week", "about 60 nautical miles southeast of Aden", None, None, "other", "impact")],
    checks=[("on Wednesday", "2036-04-16")],
    note="ABC News web story: headline, a one-sentence subhead, 'By ... and ...', 'April 17, 2036, 6:05 AM', no "
         "dateline, straight marks, a closing contributor line. An anti-ship ballistic missile at a destroyer in "
         "the southern Red Sea 'on Wednesday', shot down about 12 miles away: missile, intercepted, at sea (no "
         "admin1 or country). CENTCOM's post 'Iran-backed Houthi terrorists launched one anti-ship ballistic "
         "missile from Houthi-controlled areas of Yemen': firm, from a military command: assessed Houthis, "
         "asserted by U.S. Central Command (name as first given in full; 'Iran-backed' is a sponsor, no stance for "
         "Iran). The Houthi military spokesman (role before the name) in two partial quotes, then a quote split "
         "by 'al-Sharafi said': claimed Houthis, asserted by him. 'days after U.S. and British warplanes struck ... "
         "near ... Hodeidah': state strikes, no incident. 'last week's attack on a Greek-owned oil tanker ... hit "
         "by an unidentified projectile about 60 nautical miles southeast of Aden', fire put out: precision week, "
         "impact, at sea, weapon other (the projectile is unidentified; judgement call). The unnamed senior Houthi "
         "official's denial told to ABC News: denied Houthis, via ABC News. 'No group has claimed responsibility "
         "for the tanker attack, and U.S. officials have not said who they believe carried it out': the "
         "unattributed pair (for the tanker only; the missile is claimed). The analyst's 'they' names nobody. The "
         "Houthis seizing Sanaa in 2014 and their 2023-2024 shipping campaign: history, no stance, no incident.",
)
A["s05_skynews_erbil_airport_drones"] = dict(
    published_on="2036-05-20",  # Tuesday
    meta=dict(outlet="Sky News", dateline=None,
              headline="Drones target Iraqi airport used by British troops as Iran-backed militia denies involvement"),
    quotes=[
        ("the outlaw Kataib Sayyid al-Shuhada militia", "Counter-Terrorism Directorate", None),
        ("We have nothing to do with this attack, and the claims of the Erbil authorities serve a well-known agenda,", "Kataib Sayyid al-Shuhada", None),
        ("We can confirm that no UK personnel were injured. We are working closely with our coalition partners and the Kurdistan Regional Government to establish the facts.", "Ministry of Defence spokesperson", None),
        ("Our service men and women are in Iraq at the invitation of the Iraqi government, to help make sure Daesh can never return.", "Rachel Ambrose", "Defence Secretary"),
        ("Attacks like this will not change that, and we will continue to do whatever is necessary to protect them.", "Rachel Ambrose", "Defence Secretary"),
        ("hold accountable anyone who threatens the security of our guests and our airports", "Bassem al-Rubaie", "spokesman for the Iraqi prime minister"),
        ("I thought it was thunder at first,", "Rita Yousif", "pharmacist"),
        ("Then the sirens started and my children would not go back to sleep.", "Rita Yousif", "pharmacist"),
    ],
    stances=[st("Kataib Sayyid al-Shuhada", "assessed", "Counter-Terrorism Directorate"),
             st("Kataib Sayyid al-Shuhada", "denied", "Kataib Sayyid al-Shuhada")],
    incidents=[inc("2036-05-19", "day", "Erbil International Airport", "Erbil", "Iraq", "drone", "impact")],
    checks=[("in the early hours of Monday", "2036-05-19")],
    note="Sky News web story: headline, a standfirst that already names the accusation and the denial, the "
         "reporter's name and 'Middle East correspondent @...', 'Tuesday 20 May 2036 09:58, UK', no dateline, "
         "curly marks and apostrophes, British punctuation outside the marks ('militia”.'). Two explosive drones "
         "at Erbil airport 'in the early hours of Monday': one shot down, the other crashed just outside the "
         "perimeter and exploded: one incident, drone, impact (interceptor-miss convention), Erbil. 'the Kurdistan "
         "Region’s Counter-Terrorism Directorate said the drones had been launched ... by “the outlaw Kataib "
         "Sayyid al-Shuhada militia”': firm, from a security agency: assessed KSS, asserted by the directorate "
         "(without the possessive). 'the Iran-backed group rejected the accusation ... on its Telegram channel' "
         "and its quote before 'it said' (pronoun): denied KSS, asserted by the group. The MoD spokesperson (bare "
         "role, 'said:' before a quote in the same paragraph) and the Defence Secretary ('said in a statement:' "
         "closing a paragraph, then a two-paragraph quote, the first left open) name nobody; 'Daesh' in her quote "
         "is no stance. The prime minister's spokesman (role first, name in apposition) in a partial quote and "
         "the resident (quote split by 'said Rita Yousif, 34, a pharmacist') name nobody. The IRGC's January 2024 "
         "missiles on Erbil with their claim of a spy headquarters: history, no stance, no incident.",
)
A["s06_voa_hasakah_car_bomb"] = dict(
    published_on="2036-06-06",  # Friday
    meta=dict(outlet="Voice of America", dateline="WASHINGTON",
              headline="Islamic State Claims Car Bombing That Killed 7 in Northeast Syria"),
    quotes=[
        ("a gathering of the PKK militias,", "Islamic State", None),
        ("This was an ISIS cell. The two men we arrested have confessed that they received the car and the explosives from the group's network in the Deir el-Zour countryside,", "Rojhat Derik", "SDF spokesman"),
        ("I heard the explosion and then the screaming. When I went outside, the checkpoint was gone,", "Ahmed Khalil", "grocer whose shop is about 200 meters from the checkpoint"),
        ("ISIS today is not the organization that held a third of Syria and Iraq, and it does not need to be,", "Lina Sabbagh", "nonresident fellow at the Middle East Institute who tracks the group"),
        ("A few cells with cars and explosives are enough to remind people that it is still there.", "Lina Sabbagh", "nonresident fellow at the Middle East Institute who tracks the group"),
        ("A car bomb at a checkpoint is a message to the SDF's own recruits as much as to anyone else,", "Lina Sabbagh", "nonresident fellow at the Middle East Institute who tracks the group"),
        ("remains committed to the enduring defeat of ISIS.", "State Department spokesperson", None),
    ],
    stances=[st("Islamic State", "claimed", "Islamic State, via Amaq"),
             st("Islamic State", "assessed", "Rojhat Derik")],
    incidents=[inc("2036-06-05", "day", "checkpoint at the southern entrance of Hasakah, near Ghweiran", "Hasakah", "Syria", "ied", "impact"),
               inc("2036-05-01", "month", "near al-Busayrah", "Deir ez-Zor", "Syria", "small-arms", "impact")],
    checks=[("on Thursday", "2036-06-05")],
    note="Voice of America web story: title case headline, 'By ...', 'June 6, 2036 4:12 PM', dateline 'WASHINGTON —', "
         "straight marks, American spelling, a closing service credit. A car bomb at a Hasakah checkpoint 'on "
         "Thursday', seven killed: ied (car bomb; judgement call), impact, Hasakah. 'In a statement published late "
         "Thursday by its Amaq news agency, IS said one of its fighters had detonated a car bomb' with a partial "
         "quote: claimed Islamic State (canonical for 'IS'), via Amaq. The SDF spokesman's 'This was an ISIS cell' "
         "with arrests and confessions: firm, from a military force: assessed Islamic State, asserted by him "
         "(judgement call: the SDF is a non-state force but speaks as the military authority). 'He added' is "
         "reported speech, no quote. 'Last month, IS claimed an ambush on an SDF patrol near the town of "
         "al-Busayrah ... that killed three fighters': small-arms (ambush; judgement call), impact, precision month, "
         "Deir ez-Zor, under the same claimed pair. 'PKK militias' in the Amaq quote is the group's name for the "
         "SDF: no stance for the PKK. The grocer (apposition, then 'he told VOA'), the analyst (quote split by "
         "'said Lina Sabbagh', then a paragraph opening with a quote and 'she said') and the State Department "
         "spokesperson's partial quote name nobody. The January 2022 Ghweiran prison attack: history, no stance, "
         "no incident.",
)
A["s07_gulfnews_abu_dhabi_drones"] = dict(
    published_on="2036-07-23",  # Wednesday
    meta=dict(outlet="Gulf News", dateline="Dubai",
              headline="UAE intercepts two drones over Abu Dhabi, Iraq-based group claims attack"),
    quotes=[
        ("The Ministry of Defence affirms its full readiness to deal with any threats, and that it will take all necessary measures to protect the state and its territory from any attacks,", "Ministry of Defence", None),
        ("four drones at vital targets in the enemy's capital", "Saraya Al Waad Al Sadiq", None),
        ("have no connection to what was targeted in Abu Dhabi today.", "Abdulkarim Al Hamzi", "member of the group's political bureau"),
        ("These terrorist attacks will not affect the security and stability of the UAE, and the UAE reserves its right to respond to them in accordance with international law,", "Saeed Al Kaabi", "Minister of State"),
        ("The name is new, but the method is not. Most probably this is Kataib Hezbollah or one of its partners using a new label, so that everyone in Baghdad can say they know nothing,", "Khalid Al Mansoori", "Dubai-based security analyst"),
        ("a flagrant violation of international law and a threat to the security of the whole Gulf region.", "Faisal Al Hajri", "Gulf Cooperation Council Secretary-General"),
        ("It woke the whole building. We went to the windows but could not see anything, only the sound,", "Joseph Mathew", "resident"),
    ],
    stances=[st("Saraya Al Waad Al Sadiq", "claimed", "Saraya Al Waad Al Sadiq"),
             st("Houthis", "denied", "Abdulkarim Al Hamzi"),
             st("Kataib Hezbollah", "suspected", "Khalid Al Mansoori")],
    incidents=[inc("2036-07-23", "day", "uninhabited area of Abu Dhabi", "Abu Dhabi", "United Arab Emirates", "drone", "intercepted")],
    checks=[("early on Wednesday", "2036-07-23")],
    note="Gulf News web story: headline, subhead, 'Published: July 23, 2036 15:38', 'Name, Assistant Editor', "
         "dateline 'Dubai:' opening the body, straight marks, British spelling, Gulf News spellings without "
         "hyphens ('Al Waad Al Sadiq', 'Al Hamzi'), 'Dr' without a point, '4am'. Two drones intercepted and "
         "destroyed over Abu Dhabi 'early on Wednesday' in a story of that Wednesday, debris in open desert, no "
         "injuries: drone, intercepted, Abu Dhabi emirate. The ministry's statement names nobody. 'A group calling "
         "itself Saraya Al Waad Al Sadiq later claimed responsibility ... on Telegram' (partial quote; its 'four "
         "drones' against the ministry's two changes nothing): claimed, named as the text gives it. The Houthis, "
         "'who claimed a series of attacks on the UAE in 2022' (history), 'denied any role': denied Houthis, "
         "asserted by the political bureau member who wrote it on X (partial quote). The minister of state names "
         "nobody ('terrorist attacks'). The analyst's 'Most probably this is Kataib Hezbollah or one of its "
         "partners': hedged, from an analyst: suspected KH, asserted by him (judgement call); 'Iraqi factions loyal "
         "to Tehran' is a sponsor, no stance. The GCC secretary-general's partial quote and the resident name "
         "nobody. The January 2022 Houthi attack on Abu Dhabi and the Alwiya Al Waad Al Haq claim days later: "
         "history, no stance, no incident. No unattributed pair: the attack is claimed.",
)
A["s08_arabnews_marib_drones"] = dict(
    published_on="2036-08-14",  # Thursday
    meta=dict(outlet="Arab News", dateline="AL-MUKALLA",
              headline="Houthi drone attack kills four Yemeni soldiers in Marib"),
    quotes=[
        ("Three explosive drones came at our positions at dawn from the direction of Sirwah. Two of them hit the trenches, and the third was shot down before it reached its target,", "Nasser Al-Hurmuzi", "spokesman for the army's 3rd Military Region"),
        ("Our forces are on full alert and have responded to the sources of fire,", "Nasser Al-Hurmuzi", "spokesman for the army's 3rd Military Region"),
        ("terrorist Houthi militia", "Abdulrahman Al-Ahmadi", "Information Minister"),
        ("This escalation shows once again that the Houthi militia does not believe in peace and uses every truce to rearrange its ranks and receive more weapons from the Iranian regime,", "Abdulrahman Al-Ahmadi", "Information Minister"),
        ("a gathering of the mercenaries of the aggression.", "Houthis", None),
        ("deeply concerned", "Henrik Sundqvist", "UN special envoy for Yemen"),
        ("return to the path of de-escalation that Yemenis have paid for so dearly.", "Henrik Sundqvist", "UN special envoy for Yemen"),
        ("People here have buried enough sons. Every time we think the war is over, the drones come back,", "Ali Al-Qiyari", "tribal leader"),
    ],
    stances=[st("Houthis", "assessed", "Abdulrahman Al-Ahmadi"),
             st("Houthis", "claimed", "Houthis, via Al-Masirah")],
    incidents=[inc("2036-08-12", "day", "army positions in Raghwan district", "Marib", "Yemen", "drone", "impact"),
               inc("2036-08-03", "day", "military camp in Al-Abr", "Hadramout", "Yemen", "missile", "impact")],
    checks=[("on Tuesday", "2036-08-12")],
    note="Arab News: headline, the byline in capitals, 'ARAB NEWS', 'Updated 14 August 2036', dateline 'AL-MUKALLA:' "
         "opening the body, straight marks. Three explosive drones on army positions in Raghwan 'on Tuesday', two "
         "hit, one shot down, four soldiers killed: one incident, drone, impact (interceptor-miss convention), "
         "Marib. The lead's 'Houthi drones' is the outlet's voice; the army spokesman (named after 'according "
         "to', quote, then a paragraph with 'he said') gives only a direction ('from the direction of Sirwah'): no "
         "stance from him. 'Yemen's Information Minister Abdulrahman Al-Ahmadi said the attack was carried out by "
         "the \"terrorist Houthi militia\"': firm, from a minister: assessed Houthis, asserted by him; 'Iranian-"
         "made drones' and 'the Iranian regime' are a sponsor, no stance. 'The Houthis did not comment': no "
         "denial. 'On Aug. 3, the Houthis claimed a ballistic missile attack on a military camp in Al-Abr in "
         "Hadramout province that killed two soldiers', with the unnamed military spokesman quoted by Al-Masirah "
         "TV: missile, impact, day precision; claimed Houthis, the group via Al-Masirah (speaker the group, as the "
         "spokesman is unnamed). The envoy's two partial quotes and the tribal leader (quote, then 'he said') name "
         "nobody. The Houthis seizing Sanaa in 2014, the coalition's 2015 intervention and the 2022 truce: history, "
         "no stance.",
)
A["s09_ina_tarmiyah_ied_abu_ghraib_rockets"] = dict(
    published_on="2036-09-24",  # Wednesday
    meta=dict(outlet="Iraqi News Agency", dateline="Baghdad",
              headline="Security Media Cell: Two soldiers martyred in explosive device attack north of Baghdad, rocket launch foiled in Abu Ghraib"),
    quotes=[
        ("terrorist remnants of ISIS gangs targeted, on Tuesday evening, a patrol of the 9th Division of the Iraqi Army with an improvised explosive device on a rural road in the Tarmiyah district, which led to the martyrdom of two soldiers and the injury of three others, who were transferred to hospital to receive treatment.", "Security Media Cell", None),
        ("the security forces immediately launched a search and inspection operation in the area, and the perpetrators will receive their just punishment.", "Security Media Cell", None),
        ("foiling an attempt to launch three Katyusha rockets from the Abu Ghraib area, west of Baghdad, today, Wednesday, after the security forces found the rockets prepared for launch on a platform equipped with a timer.", "Security Media Cell", None),
        ("the security forces are pursuing the remnants of the terrorist gangs in the orchards of Tarmiyah, and the operations will continue until the area is completely cleared.", "Hazem al-Tamimi", "spokesman for the Commander-in-Chief of the Armed Forces"),
        ("the attempt in Abu Ghraib was thwarted thanks to accurate intelligence information, and whoever tries to tamper with the security of Baghdad will not escape punishment.", "Hazem al-Tamimi", "spokesman for the Commander-in-Chief of the Armed Forces"),
    ],
    stances=[st("Islamic State", "assessed", "Security Media Cell"),
             st(None, "unattributed", None)],
    incidents=[inc("2036-09-23", "day", "rural road in the Tarmiyah district", "Baghdad", "Iraq", "ied", "impact"),
               inc("2036-09-24", "day", "Abu Ghraib", "Baghdad", "Iraq", "rocket", "foiled")],
    checks=[("on Tuesday evening", "2036-09-23"), ("today, Wednesday", "2036-09-24")],
    note="Iraqi News Agency (INA) English service: a headline led by the source ('Security Media Cell:'), a "
         "'2036-09-24 11:52' stamp, dateline 'Baghdad-INA' on a line of its own, straight marks, translated house "
         "phrasing ('announced, today, Wednesday', 'martyrdom', 'said in a statement received by the Iraqi News "
         "Agency (INA), that \"...', 'added, \"...' with lower-case quote openings and the full stop inside the "
         "mark). An IED on an army patrol in Tarmiyah 'on Tuesday evening' (inside the quote), two soldiers killed: "
         "ied, impact, Baghdad governorate (Tarmiyah is a district of it). 'terrorist remnants of ISIS gangs "
         "targeted ...': firm, from the government's security media office: assessed Islamic State (canonical), "
         "asserted by the Security Media Cell. The Cell announced 'foiling an attempt to launch three Katyusha "
         "rockets from the Abu Ghraib area ... today, Wednesday' (rockets on a timed platform, found before "
         "launch): rocket, foiled, the publication date, Baghdad. 'The statement did not identify the party behind "
         "the attempt': a source naming nobody: the unattributed pair. The first 'today, Wednesday' is the day of "
         "the announcement, same date. The C-in-C's spokesman (role, then name in apposition; 'Al-Tamimi added') "
         "names no group ('terrorist gangs'). The Baghdad Operations commander's visit, reported after 'according "
         "to', is no quote. Iraq's 2017 victory over ISIS and 'sporadic attacks by ISIS remnants since': history, "
         "no stance, no incident.",
)
A["s10_longwarjournal_ain_al_asad_drones"] = dict(
    published_on="2036-10-30",  # Thursday
    meta=dict(outlet="The Long War Journal", dateline=None,
              headline="Rival Iraqi militia brands claim drone strike on Ain al-Asad"),
    quotes=[
        ("With the help of God, the mujahideen of Saraya Awliya al-Qasas targeted the base of the American occupation at Ain al-Asad with two drones, hitting their targets directly.", "Saraya Awliya al-Qasas", None),
        ("This operation is a response to the crimes of the occupation and its continued presence on the land of Iraq, and more is coming.", "Saraya Awliya al-Qasas", None),
        ("a series of operations against the occupier’s bases", "Islamic Resistance in Iraq", None),
        ("a natural response to the occupation’s crimes", "Haidar al-Lami", "Harakat Hezbollah al-Nujaba spokesman"),
        ("still assessing who is responsible.", "Rick Alvarez", "Pentagon spokesman"),
    ],
    stances=[st("Saraya Awliya al-Qasas", "claimed", "Saraya Awliya al-Qasas"),
             st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq"),
             st("Kataib Hezbollah", "suspected", "FDD’s Long War Journal"),
             st(None, "unattributed", None)],
    incidents=[inc("2036-10-27", "day", "Ain al-Asad Air Base", "Anbar", "Iraq", "drone", "impact"),
               inc("2036-10-01", "month", "Harir air base", "Erbil", "Iraq", "rocket", "impact")],
    note="FDD's Long War Journal: headline, 'By ... & ... | October 30, 2036 | email | @handle', no dateline, curly "
         "marks and apostrophes, LWJ spellings ('Kata’ib Hezbollah', 'Harakat Hezbollah al-Nujaba'), closing "
         "author bios. 'the Oct. 27 drone strike on Ain al-Asad Air Base': a hangar damaged, a second drone shot "
         "down: one incident, drone, impact (interceptor-miss convention), day precision, Anbar. Competing claims: "
         "Saraya Awliya al-Qasas 'claimed the strike on Oct. 28' ('the group said:' closing a paragraph before a "
         "two-paragraph statement, the first left open) and 'the Islamic Resistance in Iraq published its own "
         "claim for the attack' (partial quote): two claimed pairs (the front named as the text gives it). 'FDD’s "
         "Long War Journal assesses that Saraya Awliya al-Qasas is likely a new front for Kata’ib Hezbollah': the "
         "word 'assesses' but hedged ('likely') and from a publication, not a government: suspected Kataib "
         "Hezbollah (canonical), asserted by the publication (judgement call). 'Kata’ib Hezbollah has not "
         "commented': no stance. The Nujaba spokesman 'praised it ... but did not say which group was behind it': "
         "no stance (praise is no claim). The Pentagon spokesman's 'still assessing who is responsible.' (period "
         "inside the mark): no pair, the attack is claimed. 'Earlier this month, three rockets were fired at the "
         "Harir air base in Erbil province, landing in an empty field inside the base. No group claimed that "
         "attack': rocket, impact, the first of the month with precision month, Erbil, and the unattributed pair. "
         "The 2023-2024 campaign, Ashab al-Kahf and Qasim al-Jabbarin's 2020-2021 claims, the 2009 designation, "
         "Tower 22 'blamed by Washington' on Kataib Hezbollah and its suspension of attacks: history, no stance, "
         "no incident; 'Iranian-backed' is a sponsor.",
)

write_corpus(D, A)
