"""Hand annotations of the nineteenth held-out corpus (tests/corpus_heldout19).

Written blind, from scratch, by someone who had not seen the extractor's code (db/), its tests, its development
or scores, or the texts of any earlier corpus, and annotated without running the extractor, `threatdesk import`
or scripts/eval_extract.py. Same format and checks as tests/corpus_heldout12/annotate.py (shared in
tests/corpus_tools.py): each quote is the exact text typed by hand; its offsets come from str.find on the .txt
(each must occur once, sit right after an opening mark and end at a closing mark or at the end of its
paragraph). Marks that are deliberately not quotes (a word set in scare marks) are listed in not_quotes and
checked the same way.
Run `python tests/corpus_heldout19/annotate.py` to rewrite the .json files after editing an annotation.

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

Conventions of heldout12 kept here: 'yesterday' in a briefing is published_on minus one day, precision day (no
weekday check applies). A denial by an unnamed official carried by another outlet is asserted by the bare
role via that outlet ('Hezbollah official, via Al-Akhbar'); a suspicion that an outlet reports from a news
agency is asserted via the agency that heard it ('Jordanian security official, via Reuters'). A press
statement issued in a spokesperson's name asserts through that person and the department ('Claire Sutton,
Department of State'). A minister holding a state 'responsible for every launch from its territory' is no
attribution of the attack (no stance for the state), and a retaliatory strike by a state army on a launch site
is no incident.

Situations in this corpus (ten outlets, publication dates in 2040): Reuters, Associated Press, AFP, Al Jazeera
English, BBC News, The Guardian, The Washington Post, Rudaw, The National and Al-Monitor, one article each.
A security service's firm attribution beside the umbrella's claim and a member group's denial via Reuters; an
unclaimed drone on a Jordanian border post with a diplomat pointing only at 'Iran-backed militias' (no stance)
and last week's drone; an IS claim via Amaq beside a defence ministry's firm blame, a scare-quoted 'caliphate'
(not_quotes) and an earlier claimed ambush on an absolute date; a Houthi claim in a two-paragraph televised
statement beside CENTCOM's firm 'Iran-backed Houthi terrorists had fired', with a claimed attack earlier this
month; a new group's claim beside the IDF's firm Hamas finding and a Hezbollah MP's denial (competing); an
unclaimed Green Zone rocket attack with officials' hedged 'probably ... Kataib Sayyid al-Shuhada' and the
group's denial, and last month's unclaimed drone; a front group's claim with US officials' hedged 'probably a
front for Harakat al-Nujaba'; an unclaimed gas-field drone with a lawmaker's hedged suspicion and the group's
Telegram denial; two rival claims (Houthis and the Islamic Resistance in Iraq) while the ministry names
nobody (no unattributed pair); a front group's claim, an intelligence officer's hedged 'most likely' and the
suspected group's denial. All articles, people and incidents are fictional; some background paragraphs
mention real past events.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_tools import inc, st, write_corpus  # noqa: E402

D = Path(__file__).resolve().parent


A = {}
A["s01_reuters_erbil_drone"] = dict(
    published_on="2040-01-17",  # Tuesday
    meta=dict(outlet="Reuters", dateline="ERBIL, Iraq",
              headline="Drone shot down near Iraq's Erbil airport, militia umbrella claims attack"),
    quotes=[
        ("full responsibility for this terrorist act.", "Counter-Terrorism Department", None),
        ("the occupation base at Erbil airport", "Islamic Resistance in Iraq", None),
        ("until the last American soldier leaves the land of Iraq.", "Islamic Resistance in Iraq", None),
        ("had nothing to do with", "Kataib Hezbollah official", None),
        ("We heard the buzzing first, then a bang that shook the windows,", "Rawand Salar", "runs a grocery in Ankawa"),
        ("My children slept in the corridor after that.", "Rawand Salar", "runs a grocery in Ankawa"),
        ("Any attack on Erbil is an attack on all of Iraq and on its commitments to its partners,", "Qasim al-Zubaidi", "Iraqi government spokesman"),
        ("The state alone has the right to decide matters of war and peace.", "Qasim al-Zubaidi", "Iraqi government spokesman"),
    ],
    stances=[st("Kataib Hezbollah", "assessed", "Counter-Terrorism Department"),
             st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq"),
             st("Kataib Hezbollah", "denied", "Kataib Hezbollah official, via Reuters")],
    incidents=[inc("2040-01-16", "day", "Erbil international airport", "Erbil", "Iraq", "drone", "intercepted")],
    checks=[("late on Monday", "2040-01-16")],
    note="Reuters wire: headline, 'By ...', 'January 17, 2040 11:42 AM GMT', dateline 'ERBIL, Iraq, Jan 17 (Reuters) -' "
         "(dateline recorded without the date and credit), straight marks, closing reporting/editing credit. A drone "
         "shot down as it approached Erbil airport 'late on Monday', no one hurt: drone, intercepted, Erbil. The "
         "Kurdistan Region's Counter-Terrorism Department (speaker without the possessive) said, unquoted, the drone "
         "'had been launched by Kataib Hezbollah' and that the group bore 'full responsibility ...' (partial quote, "
         "period inside the mark): firm, from a security service: assessed KH. The Islamic Resistance in Iraq, "
         "'an umbrella of Iran-backed armed factions that includes Kataib Hezbollah' (sponsor and membership, no "
         "further stance), claimed on Telegram in two partial quotes: claimed IRI. The unnamed KH official who "
         "'told Reuters the group \"had nothing to do with\" the attack': denied KH via Reuters (the member denies "
         "while the umbrella claims; judgement call to keep both). The witness (named after his quote, role from "
         "'who runs a grocery in Ankawa', judgement call) and the government spokesman (role before the name, then "
         "'Zubaidi said' between two quotes) name nobody. The coalition's unquoted statement: no stance. The "
         "IRGC's January 2024 Erbil missiles and Washington blaming KH for Tower 22: history, no stance, no incident.",
)
A["s02_ap_jordan_border_drone"] = dict(
    published_on="2040-02-08",  # Wednesday
    meta=dict(outlet="Associated Press", dateline="AMMAN, Jordan",
              headline="Drone strikes Jordanian border post near Syria, wounding 2 soldiers"),
    quotes=[
        ("We will not speculate before the investigation is complete,", "Mustafa al-Hiyari", "army spokesman"),
        ("But whoever sent it should know that our forces will respond with force to anyone who threatens our borders.", "Mustafa al-Hiyari", "army spokesman"),
        ("most likely", "Western diplomat", None),
        ("It was louder than anything we have heard here for years,", "Salem al-Sharafat", "shepherd who grazes his flock near the border road"),
        ("The soldiers closed the road for hours afterward.", "Salem al-Sharafat", "shepherd who grazes his flock near the border road"),
        ("Jordan’s security is a red line,", "Faisal al-Momani", "government spokesman"),
    ],
    stances=[st(None, "unattributed", None)],
    incidents=[inc("2040-02-07", "day", "army border post, Ruwaished area", "Mafraq", "Jordan", "drone", "impact"),
               inc("2040-02-01", "week", "near Ruwaished, Syrian border", "Mafraq", "Jordan", "drone", "intercepted")],
    checks=[("on Tuesday", "2040-02-07")],
    note="AP: headline, 'By OMAR HADDADIN Associated Press', dateline 'AMMAN, Jordan (AP) —', curly marks, AP style "
         "('Brig. Gen.', '6 a.m.'), closing contributor line. An explosive drone hit a watchtower at a border post "
         "in the Ruwaished area 'on Tuesday', two soldiers wounded: drone, impact, Mafraq. 'No group immediately "
         "claimed responsibility' and the army spokesman's 'had not determined who launched the drone': the "
         "unattributed pair. The spokesman (rank dropped; quote split by 'al-Hiyari said') names nobody. The "
         "Western diplomat's 'most likely' points at 'Iran-backed militias' without naming a group: sponsor, no "
         "stance (partial quote, bare role). 'Last week, Jordanian troops shot down a drone carrying crystal meth "
         "and explosives near the same area ... no one claimed it': drone, intercepted, precision week (judgement "
         "call to count a smuggling drone carrying explosives as an incident), under the same unattributed pair. "
         "'militias linked to Iran' protecting the drug trade and the US blaming the Islamic Resistance in Iraq for "
         "Tower 22 in January 2024: sponsor and history, no stance, no incident. The shepherd (quote split by 'said "
         "...') and the government spokesman ('he said') name nobody.",
)
A["s03_afp_deir_ezzor_bus_bomb"] = dict(
    published_on="2040-03-06",  # Tuesday
    meta=dict(outlet="AFP", dateline="Damascus",
              headline="IS claims roadside bomb that killed seven Syrian soldiers"),
    quotes=[
        ("detonated an explosive device on a bus of the apostate army", "Islamic State", None),
        ("Daesh terrorist remnants", "defence ministry", None),
        ("Our forces will hunt down the terrorists wherever they hide in the Badia and will not allow them to threaten the security of citizens,", "defence ministry", None),
        ("The cells of the organisation have been increasing their activity in the desert for several months, exploiting the withdrawal of several units to other fronts,", "Rami Abdel Rahman", "Observatory chief"),
        ("They no longer need to hold a town to matter. A few men with motorbikes and a bag of explosives can paralyse a whole road,", "Lina Haddad", "researcher at the Paris-based Institute for Levant Studies"),
        ("The state answers with sweeps that last a few days, then the troops leave and the cells return,", "Lina Haddad", "researcher at the Paris-based Institute for Levant Studies"),
        ("He was supposed to come home on leave next week,", "relative of one of the dead soldiers", None),
    ],
    not_quotes=["caliphate"],
    stances=[st("Islamic State", "claimed", "Islamic State, via Amaq"),
             st("Islamic State", "assessed", "defence ministry")],
    incidents=[inc("2040-03-04", "day", "Mayadin-Deir Ezzor road, near Muhassan", "Deir ez-Zor", "Syria", "ied", "impact"),
               inc("2040-02-19", "day", "near Al-Sukhnah", "Homs", "Syria", "small-arms", "impact")],
    checks=[("on Sunday", "2040-03-04")],
    note="AFP wire: headline, dateline 'Damascus (AFP) –', straight marks, British spelling, 'IS' and 'Daesh', "
         "closing desk slug 'ser-lh/mca'. A roadside bomb on a bus of troops 'on Sunday', seven killed (eight per "
         "the Observatory): ied, impact, Deir ez-Zor (admin1 in its usual spelling; the text writes 'Deir Ezzor'). "
         "IS 'on Monday claimed' (the claim's day, no incident) via Amaq with a partial quote: claimed Islamic "
         "State via Amaq. The defence ministry (lower case as the text has it) 'blamed \"Daesh terrorist "
         "remnants\"': firm, from a ministry: assessed Islamic State (canonical); its full quote follows 'the "
         "ministry said'. 'On February 19, IS fighters ambushed a vehicle ... near ... Al-Sukhnah ... The jihadist "
         "group claimed that attack as well': small-arms (an ambush), impact, day precision, Homs, under the same "
         "claimed pair. The 'caliphate' of 2014 in scare marks is not a quote (not_quotes); IS's territorial "
         "defeat in 2019: history. 'overnight' (a wounded soldier dying) and 'next week' inside the relative's quote "
         "are no incidents. The Observatory chief (role from 'Observatory chief Rami Abdel Rahman') and the "
         "researcher ('she added' for the second quote) name nobody beyond 'the organisation'.",
)
A["s04_aljazeera_red_sea_tanker"] = dict(
    published_on="2040-03-27",  # Tuesday
    meta=dict(outlet="Al Jazeera", dateline=None,
              headline="Houthis claim missile attack on tanker in the Red Sea"),
    quotes=[
        ("a number of appropriate naval missiles", "Hussein al-Shami", "Houthi military spokesman"),
        ("This operation comes in support of the oppressed people of Palestine and in response to the continued aggression against our country.", "Hussein al-Shami", "Houthi military spokesman"),
        ("Our armed forces affirm that they will continue to prevent the navigation of ships linked to the enemy until the aggression stops,", "Hussein al-Shami", "Houthi military spokesman"),
        ("Iran-backed Houthi terrorists", "US Central Command", None),
        ("This is yet another reckless act by the Houthis that endangers the lives of innocent mariners and threatens regional stability,", "US Central Command", None),
        ("The Houthis want to remind everyone that the Red Sea can be closed again at very short notice,", "Khaled al-Rowaishan", "Yemen analyst based in Washington"),
        ("They have lost nothing of their capability during the lull, and they know that every attack pushes insurance rates back up.", "Khaled al-Rowaishan", "Yemen analyst based in Washington"),
    ],
    stances=[st("Houthis", "claimed", "Hussein al-Shami"),
             st("Houthis", "assessed", "US Central Command")],
    incidents=[inc("2040-03-26", "day", "Red Sea, about 60 nautical miles west of Hodeidah", None, None, "missile", "impact"),
               inc("2040-03-01", "month", "Gulf of Aden", None, None, "missile", "impact")],
    checks=[("on Monday", "2040-03-26")],
    note="Al Jazeera English: headline, standfirst, 'Published On 27 Mar 2040', no byline or dateline, curly marks, "
         "closing 'Source: Al Jazeera and news agencies'. UKMTO 'said on Monday that a vessel had been struck' west "
         "of Hodeidah, fire brought under control: the attack is dated Monday (the report's day; judgement call); "
         "CENTCOM's two missiles, one of which struck: missile, impact, at sea (no admin1 or country). The Houthi "
         "military spokesman's televised address 'on Monday night': a partial quote, then a two-paragraph quote "
         "(first left open, closed with 'al-Shami said'): claimed Houthis, asserted by him. CENTCOM's post that "
         "'\"Iran-backed Houthi terrorists\" had fired two anti-ship ballistic missiles': firm, from a military "
         "command: assessed Houthis, speaker 'US Central Command' as the text gives it in full. 'Earlier this "
         "month, the Houthis claimed a missile attack on ... Sea Lantern in the Gulf of Aden, which left the ship "
         "with a hole': missile, impact, precision month, at sea, under the same claimed pair. The operator's "
         "unquoted 'no links to Israel or the US' is no stance. The Houthis' 2023-2025 shipping campaign and Sanaa: "
         "history. The analyst (named in apposition, 'he said' between two quotes) names no culprit beyond the "
         "claimant.",
)
A["s05_bbc_shlomi_rockets"] = dict(
    published_on="2040-04-19",  # Thursday
    meta=dict(outlet="BBC News", dateline=None,
              headline="Israel blames Hamas for rockets fired from Lebanon as little-known group claims attack"),
    quotes=[
        ("The rockets were fired by a Hamas terrorist cell operating in southern Lebanon. Hamas bears responsibility, as does the Lebanese state, which allows it to operate from its territory.", "Israel Defense Forces", None),
        ("the settlements of the occupied north", "Saraya Ahrar al-Jalil", None),
        ("had no connection whatsoever", "Hussein Jaber", "one of its MPs"),
        ("The resistance is not concerned with these launches, and we will not let anyone drag Lebanon into a war that serves the enemy,", "Hussein Jaber", "one of its MPs"),
        ("The siren went off while we were having dinner, and we ran to the shelter with the kids,", "Noa Ben-Ami", "mother of three"),
        ("Then a huge boom. The field behind the school was burning.", "Noa Ben-Ami", "mother of three"),
        ("any action that threatens the stability of the south", "Nabil Karam", "caretaker Prime Minister"),
    ],
    stances=[st("Hamas", "assessed", "Israel Defense Forces"),
             st("Saraya Ahrar al-Jalil", "claimed", "Saraya Ahrar al-Jalil"),
             st("Hezbollah", "denied", "Hussein Jaber")],
    incidents=[inc("2040-04-18", "day", "field near Shlomi, Western Galilee", "Northern District", "Israel", "rocket", "impact")],
    checks=[("on Wednesday evening", "2040-04-18")],
    note="BBC News online: headline, 'By Laura Penrose', 'BBC News, Jerusalem' (the reporter's base, not a dateline), "
         "'19 April 2040', straight marks, British spelling. Five rockets from southern Lebanon 'on Wednesday "
         "evening', four intercepted, one landed in a field near Shlomi and started a fire: one incident, rocket, "
         "impact (interceptor-miss convention), Northern District; the launcher with two unused rockets found "
         "outside Alma al-Shaab belongs to the attack; Israel's shelling of the launch area is a state's "
         "retaliation, no incident. The IDF's statement after 'the IDF said:' ('fired by a Hamas terrorist "
         "cell'): firm, from an army: assessed Hamas (speaker as the text first gives it in full); 'as does the "
         "Lebanese state' is state responsibility, no stance. 'a group calling itself Saraya Ahrar al-Jalil - the "
         "Free Brigades of Galilee - said on Telegram' (partial quote): claimed, named as in the text; the BBC "
         "could not verify it and analysts' remark on cover names names no group: competing with the assessment. "
         "'Hamas has not commented': no stance. Hezbollah MP Hussein Jaber ('one of its MPs', role as the text "
         "gives it) said the group 'had no connection whatsoever' (partial quote), then 'he said': denied "
         "Hezbollah, asserted by him. 'Iran-backed', the 2024 war and ceasefire, and Israel blaming Hamas for the "
         "April 2023 barrage: sponsor and history, no stance, no incident. The resident and the caretaker prime "
         "minister (partial quote, 'those responsible') name nobody.",
)
A["s06_guardian_baghdad_embassy_rockets"] = dict(
    published_on="2040-05-15",  # Tuesday
    meta=dict(outlet="The Guardian", dateline=None,
              headline="Rockets hit near US embassy in Baghdad as Iraqi officials point to militia"),
    quotes=[
        ("The launch point, the type of rocket and the timing all suggest the same people we have dealt with before,", "Iraqi security official", None),
        ("We are not certain yet.", "Iraqi security official", None),
        ("no hand in what happened", "Kataib Sayyid al-Shuhada", None),
        ("sow strife between Iraq and its friends", "Kataib Sayyid al-Shuhada", None),
        ("We are grateful there were no injuries. We call on the government of Iraq to fulfil its obligation to protect diplomatic facilities and to hold the perpetrators accountable,", "US embassy spokesperson", None),
        ("These people want to return Iraq to the days of chaos. The government will not allow it.", "Ahmed al-Khafaji", "prime minister’s military spokesman"),
        ("The investigation is continuing, and its results will be announced to the Iraqi people,", "Ahmed al-Khafaji", "prime minister’s military spokesman"),
        ("Three rockets and no casualties is a message, not a war. The question is whether Washington chooses to read it that way.", "Hayder Talib", "political scientist at the University of Baghdad"),
    ],
    stances=[st(None, "unattributed", None),
             st("Kataib Sayyid al-Shuhada", "suspected", "Iraqi security officials, via The Guardian"),
             st("Kataib Sayyid al-Shuhada", "denied", "Kataib Sayyid al-Shuhada")],
    incidents=[inc("2040-05-14", "day", "US embassy compound, Green Zone", "Baghdad", "Iraq", "rocket", "impact"),
               inc("2040-04-01", "month", "Victory base near Baghdad airport", "Baghdad", "Iraq", "drone", "intercepted")],
    checks=[("in the early hours of Monday", "2040-05-14")],
    note="The Guardian online: headline, standfirst, 'Eleanor Haddad in Baghdad' (the reporter's base, not a "
         "dateline), 'Tue 15 May 2040 13.27 BST', curly marks, British spelling. Three rockets at the Green Zone "
         "'in the early hours of Monday', one in the embassy car park, two on open ground: one incident, rocket, "
         "impact, Baghdad; the truck with its launch rail belongs to it. 'No group has claimed responsibility': the "
         "unattributed pair. 'two Iraqi security officials told the Guardian that the attack was probably carried "
         "out by members of Kataib Sayyid al-Shuhada' and the one official's quote ('We are not certain yet', "
         "split by 'one of the officials said'): hedged: suspected KSS via The Guardian (bare role in the plural "
         "for the pair, singular for the quoting official). 'one of the Iran-aligned factions within the Popular "
         "Mobilisation Forces': sponsor and membership, no stance. KSS's statement 'on Monday afternoon' that it "
         "had 'no hand in what happened' (two partial quotes): denied KSS. The embassy spokesperson (bare role) and "
         "the prime minister's military spokesman (two-paragraph quote, first left open, closed by 'Khafaji said'; "
         "arrests are no stance) name nobody. 'Last month a drone was shot down as it approached the Victory base "
         "... No group claimed that attack either': drone, intercepted, precision month, under the same "
         "unattributed pair. 2019-2024 attacks 'US officials routinely blamed on Kataib Hezbollah' and the "
         "December 2023 rockets: history, no stance, no incident. The political scientist's 'said:' quote names "
         "nobody.",
)
A["s07_washingtonpost_tanf_drone"] = dict(
    published_on="2040-06-12",  # Tuesday
    meta=dict(outlet="The Washington Post", dateline=None,
              headline="Drone attack wounds U.S. service member at Syrian outpost; officials eye Iraqi militia"),
    quotes=[
        ("We take every one of these attacks seriously, and we will hold those responsible accountable at a time and place of our choosing,", "Karen Ostrowski", "Pentagon press secretary"),
        ("I’m not going to get ahead of the assessment on who did this. When we have something to share, we will share it.", "Karen Ostrowski", "Pentagon press secretary"),
        ("American occupation base in al-Tanf", "Liwa Ahrar al-Furat", None),
        ("It’s a new name on the same people,", "U.S. official", None),
        ("We’ve seen this movie before.", "U.S. official", None),
        ("It lets the parent militia keep its seat at the table in Baghdad while it tests how far it can push,", "Andrew Keller", "former Defense Department official now at the Washington Institute for Near East Policy"),
        ("The shell name costs them nothing, and it slows down Washington’s response, because every new letterhead needs to be analyzed before anyone pulls a trigger.", "Andrew Keller", "former Defense Department official now at the Washington Institute for Near East Policy"),
    ],
    stances=[st("Liwa Ahrar al-Furat", "claimed", "Liwa Ahrar al-Furat"),
             st("Harakat al-Nujaba", "suspected", "U.S. officials, via The Washington Post")],
    incidents=[inc("2040-06-10", "day", "U.S. outpost at al-Tanf", "Homs", "Syria", "drone", "impact"),
               inc("2040-05-28", "day", "Mission Support Site Conoco", "Deir ez-Zor", "Syria", "rocket", "impact")],
    checks=[("on Sunday", "2040-06-10")],
    note="The Washington Post online: headline, subhead, 'By Daniel Whitcombe', 'June 12, 2040 at 6:45 p.m. EDT', no "
         "dateline, curly marks, closing contributor line. A one-way drone hit the al-Tanf outpost 'on Sunday', one "
         "service member wounded: drone, impact, Homs (al-Tanf lies in Homs governorate). 'the Pentagon said "
         "Tuesday' (the briefing, no incident). The press secretary's quote closed with 'Ostrowski said', then a "
         "separate closed paragraph quote carried by her (no speaker tag): she declines to attribute; no "
         "unattributed pair because a claim exists. 'a group calling itself Liwa Ahrar al-Furat claimed "
         "responsibility in a post on Telegram' (partial quote): claimed, named as in the text; 'The group also "
         "claimed a rocket attack on May 28 against the Mission Support Site Conoco in Deir al-Zour province, in "
         "which the rockets landed outside the base's perimeter': rocket, impact (not intercepted), day precision, "
         "Deir ez-Zor, under the same claimed pair. 'Two U.S. officials ... said the group was probably a front for "
         "Harakat al-Nujaba': hedged: suspected Nujaba via The Washington Post; the one official's quote split by "
         "'one of the officials said'. 'receives weapons and funding from Iran' and 'militias backed by Iran': "
         "sponsor. 'Nujaba did not respond': no stance. Tower 22 blamed on the Islamic Resistance in Iraq ('an "
         "umbrella group that includes Nujaba and Kataib Hezbollah'): history and membership, no stance, no "
         "incident. The analyst (role in apposition, 'Keller said' between two quotes) names nobody.",
)
A["s08_rudaw_khor_mor_drone"] = dict(
    published_on="2040-07-09",  # Monday
    meta=dict(outlet="Rudaw", dateline="SULAIMANI, Kurdistan Region",
              headline="Drone attack on Khor Mor gas field halts production, cuts power supply"),
    quotes=[
        ("At approximately 11:40 pm on Saturday, the Khor Mor field was targeted by a drone loaded with explosives, which hit a condensate tank and caused a fire,", "Ministry of Electricity", None),
        ("I cannot say this with certainty, but all the indications we have point in one direction,", "Rebwar Hamid", "Kurdistan Democratic Party (KDP) lawmaker in the Iraqi parliament"),
        ("These groups want to punish the Kurdistan Region every time it makes progress with Baghdad.", "Rebwar Hamid", "Kurdistan Democratic Party (KDP) lawmaker in the Iraqi parliament"),
        ("baseless and politically motivated", "Asaib Ahl al-Haq", None),
        ("no relation", "Asaib Ahl al-Haq", None),
        ("This is not just an attack on a gas field. It is an attack on the homes of millions of citizens who will now spend the hottest days of the summer without electricity,", "Dilman Rasul", "Kurdistan Region government spokesperson"),
        ("We saw the flames in the sky from our roof. Within an hour the electricity was gone,", "Karwan Omer", "shopkeeper in the town"),
    ],
    stances=[st(None, "unattributed", None),
             st("Asaib Ahl al-Haq", "suspected", "Rebwar Hamid"),
             st("Asaib Ahl al-Haq", "denied", "Asaib Ahl al-Haq")],
    incidents=[inc("2040-07-07", "day", "Khor Mor gas field, Chamchamal district", "Sulaymaniyah", "Iraq", "drone", "impact"),
               inc("2040-07-02", "week", "Khor Mor gas field", "Sulaymaniyah", "Iraq", "drone", "intercepted")],
    checks=[("on Saturday night", "2040-07-07")],
    note="Rudaw English: headline, 'Rudaw', '09-07-2040' (day first), dateline 'SULAIMANI, Kurdistan Region -', "
         "straight marks, American spelling ('defense'). A drone hit a condensate tank at Khor Mor 'on Saturday "
         "night' ('11:40 pm on Saturday' inside the ministry's quote), fire, production halted, no casualties: "
         "drone, impact, Sulaymaniyah governorate. The Kurdistan Region's Ministry of Electricity (speaker without "
         "the possessive). 'No group has claimed responsibility for the attack': the unattributed pair. The KDP "
         "lawmaker 'told Rudaw that he believed Asaib Ahl al-Haq was likely behind the attack' and 'I cannot say "
         "this with certainty': hedged: suspected AAH, asserted by him (named, so no 'via'). AAH's Telegram "
         "statement 'on Sunday' (the statement's day, no incident), two partial quotes: denied AAH. The government "
         "spokesperson (role before the name) calls on Baghdad, names nobody. 'Last week, Peshmerga forces shot "
         "down a drone that was flying toward the field ... Nobody claimed that attack either': drone, "
         "intercepted, precision week, under the same unattributed pair. The April 2024 drone strike that killed "
         "four Yemeni workers: history, no incident. The shopkeeper names nobody.",
)
A["s09_thenational_fujairah_drones"] = dict(
    published_on="2040-08-22",  # Wednesday
    meta=dict(outlet="The National", dateline=None,
              headline="UAE air defences intercept two drones over Fujairah as rival groups claim attack"),
    quotes=[
        ("dealt with successfully", "Ministry of Defence", None),
        ("fully prepared to deal with any threats", "Ministry of Defence", None),
        ("drone air force", "Houthis", None),
        ("vital targets in the Emirate of Fujairah", "Houthis", None),
        ("two drones at a vital target in the depth of the Emirates", "Islamic Resistance in Iraq", None),
        ("Either one of them is lying, or they are both trying to share the credit for an operation that was jointly planned,", "Hessa Al Mazrouei", "research fellow at the Emirates Policy Forum in Abu Dhabi"),
        ("What matters more for the UAE is that the air defences did their job, and that the message from Abu Dhabi is calm. There is no panic here.", "Hessa Al Mazrouei", "research fellow at the Emirates Policy Forum in Abu Dhabi"),
        ("will not be drawn into other people’s wars", "Saeed Al Nuaimi", "diplomatic adviser to the President"),
        ("Ships are loading, bunkering is continuing, nobody has stopped work,", "shipping agent", None),
    ],
    stances=[st("Houthis", "claimed", "Houthis"),
             st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq")],
    incidents=[inc("2040-08-21", "day", "Fujairah, near the oil storage terminals", "Fujairah", "United Arab Emirates", "drone", "intercepted")],
    checks=[("on Tuesday", "2040-08-21")],
    note="The National: headline, standfirst, byline 'Kareem Sabbagh', 'Aug 22, 2040', no dateline, curly marks, "
         "British spelling, 'Dr' without a point, 'state news agency Wam'. Two drones intercepted and destroyed "
         "over Fujairah 'on Tuesday', debris in an uninhabited area, no damage: one incident, drone, intercepted, "
         "Fujairah. The Ministry of Defence (two partial quotes via Wam) 'did not say where the drones had been "
         "launched from or who was responsible': no unattributed pair, since two claims exist. Competing claims: "
         "the Houthis' statement on Al Masirah (two partial quotes; 'The Houthi rebels in Yemen', canonical "
         "Houthis) and the Islamic Resistance in Iraq's Telegram post ('an umbrella of Iran-aligned militias', "
         "sponsor, no stance): two claimed pairs. The analyst's 'Either one of them is lying' attributes nothing "
         "(two quotes, the second a closed paragraph of its own, title 'Dr' dropped). The adviser's partial quote "
         "names nobody. The January 2022 Abu Dhabi attack the Houthis claimed: history, no stance, no incident. "
         "'so-called axis of resistance' is unmarked. The unnamed shipping agent: bare role.",
)
A["s10_almonitor_diwaniyah_convoy"] = dict(
    published_on="2040-09-18",  # Tuesday
    meta=dict(outlet="Al-Monitor", dateline="BAGHDAD",
              headline="Iraqi front group claims bombing of US-contracted convoy as Kataib Hezbollah denies role"),
    quotes=[
        ("the supply lines of the American occupier", "Ashab al-Kahf", None),
        ("most likely", "Iraqi intelligence officer", None),
        ("The methods are the same, the routes are the same, and the timing always follows political pressure on the factions in Baghdad,", "Iraqi intelligence officer", None),
        ("no relationship with this attack or with the group that claimed it", "Kataib Hezbollah", None),
        ("suspicious parties", "Kataib Hezbollah", None),
        ("The factions are reminding everyone that they can raise the cost of the American presence whenever they want, and that they can do it without putting their own names on it.", "Ali Kadhim Hussein", "Iraqi political analyst"),
        ("For the government, this is a headache, because every attack is a test of whether it can protect the roads,", "Ali Kadhim Hussein", "Iraqi political analyst"),
    ],
    stances=[st("Ashab al-Kahf", "claimed", "Ashab al-Kahf"),
             st("Kataib Hezbollah", "suspected", "Iraqi intelligence officer, via Al-Monitor"),
             st("Kataib Hezbollah", "denied", "Kataib Hezbollah")],
    incidents=[inc("2040-09-16", "day", "highway south of Diwaniyah", "Al-Qadisiyah", "Iraq", "ied", "impact"),
               inc("2040-09-01", "month", "near Hilla", "Babil", "Iraq", "ied", "impact")],
    checks=[("on Sunday", "2040-09-16")],
    note="Al-Monitor: headline, standfirst, byline 'Nadia Ghazi', 'September 18, 2040', dateline 'BAGHDAD —', curly "
         "marks. A roadside bomb on a coalition supply convoy south of Diwaniyah 'on Sunday', two trucks damaged, "
         "drivers unharmed, 'according to Iraqi security sources': ied, impact, admin1 Al-Qadisiyah (Diwaniyah's "
         "governorate; judgement call). Ashab al-Kahf, 'widely seen as a front for larger Iran-aligned factions' "
         "(no group named, no stance), claimed on Telegram (partial quote): claimed, named as in the text. 'Earlier "
         "this month, a similar bomb damaged a fuel tanker in a coalition convoy near Hilla in Babil province. "
         "Ashab al-Kahf claimed that attack too': ied, impact, precision month, under the same claimed pair. The "
         "intelligence officer 'told Al-Monitor that Ashab al-Kahf was \"most likely\" a cover name used by Kataib "
         "Hezbollah cells' while 'investigators had not yet established a direct link': hedged: suspected KH via "
         "Al-Monitor (a front-group link read as suspicion of the attack; judgement call); his second quote ends "
         "with 'he said' (pronoun). KH's statement 'on Monday' (the statement's day, no incident): denied KH "
         "(two partial quotes). The Joint Operations Command's unquoted investigation and the 2020-2021 convoy "
         "attacks: no stance, history. The analyst's two-paragraph quote (first left open, closed by 'Hussein "
         "told Al-Monitor') names nobody. The coalition did not respond: no stance.",
)

write_corpus(D, A)
