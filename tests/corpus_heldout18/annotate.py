"""Hand annotations of the eighteenth held-out corpus (tests/corpus_heldout18).

Written blind, from scratch, by someone who had not seen the extractor's code (db/), its tests, its development
or scores, or the texts of any earlier corpus, and annotated without running the extractor, `threatdesk import`
or any script other than this one. Same format and checks as tests/corpus_heldout12/annotate.py (shared in
tests/corpus_tools.py): each quote is the exact text typed by hand; its offsets come from str.find on the .txt
(each must occur once, sit right after an opening mark and end at a closing mark or at the end of its
paragraph).
Run `python tests/corpus_heldout18/annotate.py` to rewrite the .json files after editing an annotation.

The conventions below are copied from tests/corpus_heldout12/annotate.py and followed as they stand.

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

Conventions new in heldout12: 'yesterday' in a briefing is published_on minus one day, precision day (no
weekday check applies). A denial by an unnamed official carried by another outlet is asserted by the bare
role via that outlet ('Hezbollah official, via Al-Akhbar'); a suspicion that an outlet reports from a news
agency is asserted via the agency that heard it ('Jordanian security official, via Reuters'). A press
statement issued in a spokesperson's name asserts through that person and the department ('Claire Sutton,
Department of State'). A minister holding a state 'responsible for every launch from its territory' is no
attribution of the attack (no stance for the state), and a retaliatory strike by a state army on a launch site
is no incident.


New situations in this corpus (outlets not used before in this set, publication year 2039): CBS News with a
two-name byline, 'Updated on: ... / CBS News' and 'Washington —' (curly marks); NBC News with a subhead, 'Feb.
15, 2039, 9:14 AM EST' and 'LONDON —', a two-paragraph analyst quote after 'She told NBC News:'; Fox News with
a subhead, 'By ... Fox News', 'Published ...', an inline 'CLICK HERE TO GET THE FOX NEWS APP' and a contributor
line (curly marks); The Hill with 'BY NAME - 04/13/39 1:45 PM ET' and 'Sen. ... (R-Miss.)', a word in single
marks inside a quote; Breaking Defense with a deck and 'By ... on May 04, 2039 at 3:42 PM', 'WASHINGTON —';
Al-Monitor with a deck, a bare byline and date, 'ERBIL, Iraq —' and a closing 'Know more:'; Middle East Eye
with a standfirst, 'By ... in Damascus' and 'Published date: 19 July 2039 15:20 BST'; The New Arab with a
standfirst quoting the minister, 'The New Arab Staff & Agencies' and '23 August, 2039'; The Jordan Times with
'By JT - Sep 27,2039 - Last updated at ...' and 'AMMAN —'; Arab News with an 'AFP' credit, 'Updated 02
November 2039' and 'BAGHDAD:'. Situations: a claim by an umbrella next to an unnamed official's hedged
'most likely' for a member militia (claimed and suspected via the outlet), with an unclaimed interception
earlier this month; a Houthi claim and a firm CENTCOM attribution (claimed and assessed), with last week's
drone boat also blamed by CENTCOM; an unclaimed rocket attack with an unnamed official's hedged suspicion via
Fox News Digital and a denial of last month's drone; a front group's claim, an on-the-record Pentagon
assessment of another militia and that militia's denial (claimed, assessed, denied); an unclaimed interception
of three drones and last week's drone claimed by an umbrella; a regional counterterrorism agency's firm
attribution and the accused faction's denial; a ministry's firm blame on ISIS, no claim, and a local activist's
hedged suspicion of Hezbollah, with last week's ambush claimed via Amaq; a minister's firm blame and the
Houthis' claim of a 'warning operation', with an unclaimed pipeline bombing earlier this month suspected on
AQAP via the outlet; a foiled rocket plot whose sponsor the government does not name (unattributed) and a
party's denial of any link (denied); a new front group's claim, a hedged suspicion via AFP and the suspected
group's two-paragraph denial, with an unclaimed drone on Oct. 19. Sponsors ('Iran-backed', 'Iran-aligned',
'Iranian-backed'), membership ('part of Iraq's state-sanctioned Popular Mobilization Forces', 'one of the
largest militias in the umbrella group') and groups that do not respond or comment: no stance. Historical
asides (Tower 22 in 2024, Iran's 2020 missiles on Ain al-Asad, the 2021 US strikes after the Erbil rockets,
the Houthis' 2022 strike on al-Dhabba, the 2024 Khor Mor drone, Nujaba's 2019 designation, the 2025 Jordanian
cell case, the February 2024 halt): no stance, no incident. All articles, people and incidents are fictional;
some background paragraphs mention real past events and real organisations.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_tools import inc, st, write_corpus  # noqa: E402

D = Path(__file__).resolve().parent

A = {}
A["s01_cbsnews_conoco_drone"] = dict(
    published_on="2039-01-24",  # Monday
    meta=dict(outlet="CBS News", dateline="Washington",
              headline="Drone attack on U.S. base in eastern Syria wounds 4 American troops, officials say"),
    quotes=[
        ("All four are expected to recover, and we are grateful to the medics on the ground who treated them within minutes,", "Denise Whitfield", "Pentagon press secretary"),
        ("We’re taking this extremely seriously.", "Denise Whitfield", "Pentagon press secretary"),
        ("the occupation base at the Conoco field", "Islamic Resistance in Iraq", None),
        ("most likely", "U.S. defense official", None),
        ("These are cheap weapons, and they only have to get lucky once,", "Mark Ellery", "retired Army colonel and former CENTCOM planner"),
        ("The question for the Pentagon is whether it keeps absorbing hits like this or changes how many people it keeps out there and where.", "Mark Ellery", "retired Army colonel and former CENTCOM planner"),
    ],
    stances=[st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq"),
             st("Kataib Hezbollah", "suspected", "U.S. defense official, via CBS News"),
             st(None, "unattributed", None)],
    incidents=[inc("2039-01-23", "day", "Mission Support Site Conoco", "Deir ez-Zor", "Syria", "drone", "impact"),
               inc("2039-01-01", "month", "Mission Support Site Conoco", "Deir ez-Zor", "Syria", "rocket", "intercepted")],
    checks=[("late Sunday", "2039-01-23")],
    note="CBS News web story: headline, two-name byline, 'Updated on: January 24, 2039 / 12:41 PM EST / CBS News', "
         "dateline 'Washington —', curly marks and apostrophes. A one-way drone hit near a housing area at Mission "
         "Support Site Conoco 'late Sunday', 'shortly before midnight local time', four troops wounded: drone, "
         "impact, Deir ez-Zor. The press secretary (role before the name, rank 'Col.' dropped) speaks 'at a "
         "briefing Monday' (no incident), two quotes split by 'said'. The Islamic Resistance in Iraq, 'an umbrella "
         "group of Iran-backed militias', claimed on Telegram (partial quote): claimed IRI. The unnamed defense "
         "official 'told CBS News' that the wreckage pointed to a Kataib Hezbollah model and the group was 'most "
         "likely' responsible: hedged, suspected KH via CBS News (two-word partial quote). 'did not respond' and "
         "'one of the largest militias in the umbrella group' (membership): no further stance. 'Earlier this "
         "month, air defenses at Conoco shot down two rockets ... No group claimed responsibility for that "
         "attack': rocket, intercepted, precision month, and the unattributed pair (the main attack is claimed, "
         "so the pair belongs to the earlier one). Tower 22 in January 2024, blamed on the IRI, and the strikes on "
         "KH targets: history, no stance, no incident. 'remnants of ISIS': background, no stance. The retired "
         "colonel (named in a paraphrase paragraph, then 'Ellery said' between two quotes) names nobody.",
)
A["s02_nbcnews_red_sea_tanker"] = dict(
    published_on="2039-02-15",  # Tuesday
    meta=dict(outlet="NBC News", dateline="LONDON",
              headline="Houthis claim missile strike on oil tanker in the Red Sea, first attack on shipping in months"),
    quotes=[
        ("launched by Iran-backed Houthi terrorists from Houthi-controlled areas of Yemen.", "U.S. Central Command", None),
        ("violated the ban", "Abdulsalam al-Harithi", "Houthi military spokesman"),
        ("The Yemeni armed forces will continue to prevent the navigation of ships linked to the Israeli enemy until the aggression stops,", "Abdulsalam al-Harithi", "Houthi military spokesman"),
        ("All companies have been warned.", "Abdulsalam al-Harithi", "Houthi military spokesman"),
        ("no connection whatsoever", "Kallisto Shipmanagement", None),
        ("Underwriters had just started to relax. Some owners were routing ships back through the Bab el-Mandeb for the first time in years.", "Farah Nasser", "maritime security analyst at the London-based firm Halyard Risk"),
        ("One missile is enough to reverse all of that. Nobody is going to bet a tanker and its crew on the Houthis' good intentions.", "Farah Nasser", "maritime security analyst at the London-based firm Halyard Risk"),
    ],
    stances=[st("Houthis", "assessed", "U.S. Central Command"),
             st("Houthis", "claimed", "Abdulsalam al-Harithi")],
    incidents=[inc("2039-02-14", "day", "Red Sea, about 60 nautical miles west of Hodeidah", None, None, "missile", "impact"),
               inc("2039-02-08", "week", "southern Red Sea", None, None, "drone", "intercepted")],
    checks=[("10 p.m. local time Monday", "2039-02-14")],
    note="NBC News web story: headline, subhead, 'By ... and ...', 'Feb. 15, 2039, 9:14 AM EST', dateline 'LONDON —', "
         "straight marks. The tanker Marisol Dawn struck by an anti-ship ballistic missile 'at around 10 p.m. local "
         "time Monday' about 60 nautical miles west of Hodeidah, fire put out, no injuries: missile, impact, at sea "
         "(no admin1 or country). CENTCOM's 'launched by Iran-backed Houthi terrorists from Houthi-controlled "
         "areas of Yemen.' (statement on X; the speaker as first given in full, 'U.S. Central Command'): firm, "
         "from a military command: assessed Houthis. The Houthi military spokesman's televised statement 'Tuesday' "
         "(partial 'violated the ban', then two quotes split by 'al-Harithi said, reading from a prepared text'): "
         "claimed Houthis, asserted by him (a named spokesman, as heldout12's Al-Kibsi). The ship manager's "
         "'no connection whatsoever' denies a link to Israel, not the attack: no stance. UKMTO names nobody. 'Last "
         "week, a U.S. Navy destroyer shot down an explosive-laden drone boat ... an attack that CENTCOM also "
         "blamed on the Houthis': drone (explosive-boat convention), intercepted, precision week, at sea, under "
         "the same assessed pair; 'The group did not comment': no stance. The Houthis seizing Sanaa in 2014 and the "
         "2023-2025 shipping campaign: history. The analyst's 'She told NBC News:' closes a paragraph before a "
         "two-paragraph quote (the first left open); 'would likely push ... premiums up' is paraphrase, no incident.",
)
A["s03_foxnews_ain_al_asad_rockets"] = dict(
    published_on="2039-03-09",  # Wednesday
    meta=dict(outlet="Fox News", dateline=None,
              headline="Rockets slam into Iraqi base housing US troops as Iran-backed militias step up pressure"),
    quotes=[
        ("There were no injuries and the damage was minimal,", "U.S. official", None),
        ("But make no mistake, these rockets were fired to kill Americans.", "U.S. official", None),
        ("probably the work of Kataib Hezbollah,", "U.S. official", None),
        ("those who seek to harm Iraq’s security and its relations with its friends.", "Security Media Cell", None),
        ("How many more times do our troops have to run for the bunkers before this White House does something about it?", "Dale Harmon", "member of the House Armed Services Committee"),
        ("Tehran is watching, and so are its proxies.", "Dale Harmon", "member of the House Armed Services Committee"),
        ("aware of an attack", "U.S. Central Command", None),
    ],
    stances=[st(None, "unattributed", None),
             st("Kataib Hezbollah", "suspected", "U.S. official, via Fox News Digital"),
             st("Kataib Hezbollah", "denied", "Kataib Hezbollah")],
    incidents=[inc("2039-03-08", "day", "Ain al-Asad Air Base", "Anbar", "Iraq", "rocket", "impact"),
               inc("2039-02-01", "month", "Baghdad Diplomatic Support Center", "Baghdad", "Iraq", "drone", "intercepted")],
    checks=[("on Tuesday night", "2039-03-08")],
    note="Fox News Digital: headline, subhead ('likely the work of Kataib Hezbollah', unquoted), 'By Lucas Tomlin "
         "Fox News', 'Published March 9, 2039 7:58am EST', no dateline, curly marks, an inline 'CLICK HERE TO GET "
         "THE FOX NEWS APP' and a contributor line. At least three rockets inside Ain al-Asad 'on Tuesday night', "
         "'around 9:30 p.m. local time', damage, no injuries: rocket, impact, Anbar; the launcher with two unfired "
         "rockets found near al-Baghdadi belongs to the attack. 'No group has claimed responsibility for the "
         "attack' and the Security Media Cell's statement that 'did not name any group': the unattributed pair. "
         "The unnamed U.S. official (bare role; the same source throughout) calls it 'probably the work of Kataib "
         "Hezbollah' and 'cautioned that the investigation was in its early stages': hedged, suspected KH via Fox "
         "News Digital (the outlet that heard it). 'Iraq’s Security Media Cell' without the possessive. 'Kataib "
         "Hezbollah did not respond' is no stance, but 'Last month, a drone was shot down near the Baghdad "
         "Diplomatic Support Center ... Kataib Hezbollah denied any involvement in that attack': drone, "
         "intercepted, precision month ('last month' convention), Baghdad, and denied KH asserted by the group. "
         "The congressman (name, party-state, then appositive role; 'Harmon told Fox News Digital' between two "
         "quotes) names a state ('Tehran ... its proxies'): no stance. CENTCOM's partial 'aware of an attack'. "
         "Iran's January 2020 missiles after Soleimani's killing and the 2023-2024 campaign: history, no stance, "
         "no incident.",
)
A["s04_thehill_erbil_drone_pentagon"] = dict(
    published_on="2039-04-13",  # Wednesday
    meta=dict(outlet="The Hill", dateline=None,
              headline="Pentagon blames Kataib Sayyid al-Shuhada for Erbil drone attack as lawmakers demand response"),
    quotes=[
        ("We assess with high confidence that Kataib Sayyid al-Shuhada carried out this attack,", "Rebecca Lowry", "Pentagon press secretary"),
        ("We will respond at a time and in a manner of our choosing.", "Rebecca Lowry", "Pentagon press secretary"),
        ("the American occupation forces in Erbil.", "Saraya al-Waad al-Haq", None),
        ("no connection to the operation", "Kataib Sayyid al-Shuhada", None),
        ("to sow discord among Iraqis.", "Kataib Sayyid al-Shuhada", None),
        ("Every week we hear that the Pentagon 'assesses' who did it, and every week the attacks continue,", "Alan Pruitt", "ranking member of the Senate Armed Services Committee"),
        ("Deterrence is not a press release.", "Alan Pruitt", "ranking member of the Senate Armed Services Committee"),
        ("I want the people who attacked our troops held accountable,", "Maria Salcedo", None),
        ("But we have been down the road of open-ended war in Iraq before, and the American people do not want to go down it again.", "Maria Salcedo", None),
        ("not become a battlefield for other people's wars.", "spokesperson for the Kurdistan Regional Government", None),
    ],
    stances=[st("Kataib Sayyid al-Shuhada", "assessed", "Rebecca Lowry, Pentagon"),
             st("Saraya al-Waad al-Haq", "claimed", "Saraya al-Waad al-Haq"),
             st("Kataib Sayyid al-Shuhada", "denied", "Kataib Sayyid al-Shuhada")],
    incidents=[inc("2039-04-09", "day", "air base beside Erbil International Airport", "Erbil", "Iraq", "drone", "impact")],
    checks=[("on Saturday evening", "2039-04-09")],
    note="The Hill: headline, 'BY GRACE HOLLOWAY - 04/13/39 1:45 PM ET', no dateline, straight marks, 'Sen. ... "
         "(R-Miss.)', 'Rep. ... (D-Calif.)'. Two drones at the base beside Erbil International Airport 'on Saturday "
         "evening', one shot down, the second hit a hangar, one service member lightly wounded: one incident, "
         "drone, impact (interceptor-miss convention), Erbil. The press secretary's 'We assess with high "
         "confidence that Kataib Sayyid al-Shuhada carried out this attack' (Tuesday briefing, no incident; rank "
         "'Maj. Gen.' dropped): firm, on the record: assessed KSS, asserted by her for the Pentagon. 'A "
         "little-known group calling itself Saraya al-Waad al-Haq claimed the attack' on Telegram (partial quote "
         "with the period inside the mark): claimed, named as in the text; US officials saying such names 'are "
         "often used as cover' is general, no stance. KSS 'rejected the Pentagon's accusation in a statement on "
         "Wednesday' with two partial quotes: denied KSS, asserted by the group. 'part of Iraq's state-sanctioned "
         "Popular Mobilization Forces' (membership), 'Iran-aligned' (sponsor): no stance; the February 2021 US "
         "strikes after the Erbil rocket attack: history, no incident. The senator's quote has 'assesses' in single "
         "marks inside the double marks (not a separate quote); the quote is split by 'Pruitt said in a "
         "statement'. The congresswoman has no appositive role (None); 'she said on the House floor' splits her "
         "two quotes. The KRG spokesperson (unnamed, bare role as the text gives it) names nobody. The Iraqi "
         "government's committee: no stance.",
)
A["s05_breakingdefense_jordan_coyote_intercepts"] = dict(
    published_on="2039-05-04",  # Wednesday
    meta=dict(outlet="Breaking Defense", dateline="WASHINGTON",
              headline="Army Coyote interceptors down drones over Jordan air base as counter-UAS demand climbs"),
    quotes=[
        ("Our layered defenses worked exactly as designed,", "Joel Brandt", "spokesman for US Central Command"),
        ("with force and decisiveness to anyone who tampers with the security of the homeland.", "armed forces", None),
        ("Every combatant commander wants more of them, and they want them yesterday,", "Kara Lindqvist", "Army’s program executive officer for missiles and space"),
        ("We are working with industry to roughly double Coyote production over the next two years, but that is not going to happen overnight.", "Kara Lindqvist", "Army’s program executive officer for missiles and space"),
        ("A Coyote costs around $125,000, and the drone it is shooting down might cost a tenth of that,", "Tom Barkley", "senior fellow at the Center for Airpower Studies"),
        ("You can win that exchange a hundred times and still be losing the war of attrition.", "Tom Barkley", "senior fellow at the Center for Airpower Studies"),
    ],
    stances=[st(None, "unattributed", None),
             st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq")],
    incidents=[inc("2039-05-01", "day", "Muwaffaq Salti Air Base, near Azraq", "Zarqa", "Jordan", "drone", "intercepted"),
               inc("2039-04-27", "week", "At-Tanf garrison", "Homs", "Syria", "drone", "intercepted")],
    checks=[("on Sunday", "2039-05-01")],
    note="Breaking Defense: headline, deck, 'By Colin Draper on May 04, 2039 at 3:42 PM', dateline 'WASHINGTON —', "
         "curly marks and apostrophes, 'US' without points. Three one-way drones heading for Muwaffaq Salti Air "
         "Base 'on Sunday' (the deck and the lead), all shot down by Coyote interceptors, no damage: one incident, "
         "drone, intercepted, Zarqa governorate (the text names it). The CENTCOM spokesman (rank 'Navy Capt.' "
         "dropped) names nobody; 'No group has claimed the attack': the unattributed pair. 'Jordan’s armed forces "
         "said in a statement' with a partial quote ('armed forces', the possessive dropped; judgement call on the "
         "speaker's name) names nobody. 'Last week, a Coyote interceptor launched from the At-Tanf garrison in "
         "southern Syria destroyed a drone approaching the base, an attack later claimed by the Islamic "
         "Resistance in Iraq': drone, intercepted, precision week, Homs governorate (At-Tanf lies in Homs; "
         "judgement call from geography), claimed IRI ('Iran-aligned' is no stance). The program executive "
         "officer spoke 'at a conference in Huntsville last month' (no incident; 'yesterday' and 'overnight' "
         "inside her quote are figures of speech, no dates). The fellow's quote split by 'Barkley said' names "
         "nobody. Tower 22 in January 2024, 'claimed by the Islamic Resistance in Iraq', and the US strikes: "
         "history, no stance, no incident.",
)
A["s06_almonitor_khor_mor_drone"] = dict(
    published_on="2039-06-08",  # Wednesday
    meta=dict(outlet="Al-Monitor", dateline="ERBIL, Iraq",
              headline="Kurdish counterterrorism agency blames al-Nujaba for Khor Mor gas field drone strike"),
    quotes=[
        ("The drone was launched by the al-Nujaba militia from a position that belongs to one of its units, and we have handed the coordinates to the federal government,", "Counter-Terrorism Department", None),
        ("We have nothing to do with the attack on Khor Mor, and these accusations serve only those who want to drag Iraq into strife,", "Abbas al-Zaidi", "spokesperson for the group"),
        ("verifying the information before any measures are taken.", "senior Iraqi security official", None),
        ("Every time the Kurdistan Region moves closer to becoming an energy supplier for the rest of Iraq, something like this happens,", "Kamaran Hassan", "researcher at the Middle East Research Institute in Erbil"),
        ("Whoever launched this drone was sending a message to the investors, not to the Peshmerga.", "Kamaran Hassan", "researcher at the Middle East Research Institute in Erbil"),
    ],
    stances=[st("Harakat al-Nujaba", "assessed", "Counter-Terrorism Department"),
             st("Harakat al-Nujaba", "denied", "Abbas al-Zaidi")],
    incidents=[inc("2039-06-06", "day", "Khor Mor gas field", "Sulaimaniyah", "Iraq", "drone", "impact")],
    checks=[("on Monday", "2039-06-06")],
    note="Al-Monitor: headline, deck, bare byline and 'June 8, 2039' on separate lines, dateline 'ERBIL, Iraq —', "
         "curly marks and apostrophes, a closing 'Know more:' box. An explosive-laden drone hit a condensate tank "
         "at Khor Mor 'on Monday', 'shortly after 11 p.m. Monday', two workers lightly injured, production halved: "
         "drone, impact, Sulaimaniyah province (spelling as the text). 'The Kurdistan Region’s Counter-Terrorism "
         "Department (CTD)' (possessive dropped) said 'Tuesday' the drone had been launched by Harakat al-Nujaba, "
         "and its statement 'The drone was launched by the al-Nujaba militia ...': firm, from a security agency "
         "with coordinates: assessed Harakat al-Nujaba (canonical). The quote before 'Abbas al-Zaidi, a "
         "spokesperson for the group, wrote on X' (speaker named after the quote): denied Harakat al-Nujaba, "
         "asserted by him. Kurdish officials having 'in the past accused factions within the Popular Mobilization "
         "Forces', 'a charge the factions deny', earlier unclaimed attacks since 2022 and the April 2024 drone that "
         "killed four workers: history, no stance, no incident (no unattributed pair: this attack is attributed "
         "and nothing says it is unclaimed). The senior Iraqi security official's partial quote names nobody. The "
         "researcher's second quote stands alone in the next paragraph without an attribution of its own (same "
         "speaker). 'Iran-aligned', Akram al-Kaabi, the 2024 refusal to suspend attacks and the 2019 designation "
         "in 'Know more:': background, no stance.",
)
A["s07_middleeasteye_daraa_roadside_bomb"] = dict(
    published_on="2039-07-19",  # Tuesday
    meta=dict(outlet="Middle East Eye", dateline=None,
              headline="Syria: Roadside bomb kills five security personnel in Daraa countryside"),
    quotes=[
        ("cells belonging to the terrorist ISIS organisation", "interior ministry", None),
        ("Our forces will continue to hunt down these criminals wherever they hide, and the blood of our martyrs will not be in vain,", "Anas Haddad", "ministry spokesman"),
        ("It could be ISIS, but it is more likely the smuggling networks tied to Hezbollah,", "Yazan al-Masalmeh", None),
        ("These patrols have cost them a lot of money in the last few months. They have every reason to want them gone.", "Yazan al-Masalmeh", None),
        ("killed two apostates of the Damascus regime", "Islamic State", None),
        ("We used to be afraid of the army checkpoints. Now we are afraid of the roads themselves,", "resident of Nawa", None),
    ],
    stances=[st("Islamic State", "assessed", "interior ministry"),
             st(None, "unattributed", None),
             st("Hezbollah", "suspected", "Yazan al-Masalmeh"),
             st("Islamic State", "claimed", "Islamic State, via Amaq")],
    incidents=[inc("2039-07-17", "day", "farmland east of Nawa", "Daraa", "Syria", "ied", "impact"),
               inc("2039-07-12", "week", "near al-Sanamayn, north of Daraa city", "Daraa", "Syria", "small-arms", "impact")],
    checks=[("on Sunday", "2039-07-17")],
    note="Middle East Eye: headline with 'Syria:' prefix, standfirst, 'By ... in Damascus' (the reporter's base, not "
         "a dateline), 'Published date: 19 July 2039 15:20 BST', straight marks, British spelling, '6am'. A bomb "
         "hidden in a culvert under the lead vehicle of a patrol east of Nawa 'on Sunday', five killed: ied, "
         "impact, Daraa. 'the country's interior ministry' (speaker and asserter in lower case as the text has it) "
         "said the bomb was planted by 'cells belonging to the terrorist ISIS organisation': firm, from a ministry: "
         "assessed Islamic State (canonical). The ministry spokesman's video statement 'on Monday' names nobody. "
         "'No group has claimed responsibility for the attack': the unattributed pair. The activist's 'It could be "
         "ISIS, but it is more likely the smuggling networks tied to Hezbollah' (then 'he said' and a second "
         "quote): hedged, suspected Hezbollah asserted by him (he has no appositive role: None; judgement call, "
         "since the networks are 'tied to' Hezbollah rather than Hezbollah itself, but he names it as the likely "
         "culprit); his 'It could be ISIS' is no second suspicion (a possibility he sets aside). 'Hezbollah ... has "
         "denied any role in the drug trade in the past': a denial of something else, no stance. 'Last week, the "
         "group said through its Amaq news agency that its fighters had \"killed two apostates ...\" in an ambush "
         "with machine guns near ... al-Sanamayn': small-arms, impact (the ministry confirmed two deaths), "
         "precision week, Daraa; claimed IS via Amaq. The unnamed resident (bare role). The 2011 uprising, the "
         "2018 deals, Assad's fall in December 2024 and Jordan's strikes since 2023: history, no incident.",
)
A["s08_newarab_dhabba_terminal_drones"] = dict(
    published_on="2039-08-23",  # Tuesday
    meta=dict(outlet="The New Arab", dateline=None,
              headline="Houthi drones target Yemen's al-Dhabba oil terminal as tanker loads crude"),
    quotes=[
        ("economic terrorism", "Khaled al-Ahmadi", "Information Minister"),
        ("launched by the terrorist Houthi militia from areas under its control in Marib and al-Bayda", "Khaled al-Ahmadi", "Information Minister"),
        ("This is a declaration of economic war on all Yemenis, in the north and the south. The militia wants to starve the state of the salaries it pays to its employees,", "Khaled al-Ahmadi", "Information Minister"),
        ("a warning operation", "Mohammed al-Ansi", "military spokesman"),
        ("Any ship that approaches to steal the oil of the Yemeni people will be targeted,", "Mohammed al-Ansi", "military spokesman"),
        ("the most likely culprit", "local security official", None),
        ("Every barrel that is not exported is a salary that is not paid,", "Abdulwahab al-Qadi", "economist in Aden"),
        ("If the Houthis can stop exports with two drones, they hold the government's budget in their hands.", "Abdulwahab al-Qadi", "economist in Aden"),
    ],
    stances=[st("Houthis", "assessed", "Khaled al-Ahmadi"),
             st("Houthis", "claimed", "Mohammed al-Ansi"),
             st("al-Qaeda in the Arabian Peninsula", "suspected", "local security official, via The New Arab"),
             st(None, "unattributed", None)],
    incidents=[inc("2039-08-21", "day", "al-Dhabba oil terminal", "Hadramawt", "Yemen", "drone", "impact"),
               inc("2039-08-01", "month", "export pipeline near Ataq", "Shabwa", "Yemen", "ied", "impact")],
    checks=[("on Sunday", "2039-08-21")],
    note="The New Arab: headline, standfirst (with the minister's 'economic terrorism', the first quote, before he "
         "is named), 'The New Arab Staff & Agencies', '23 August, 2039', no dateline, straight marks, British "
         "spelling. Drones at the al-Dhabba terminal 'on Sunday' while a tanker loaded, one shot down over the sea, "
         "a second exploded on the pier: one incident, drone, impact (interceptor-miss convention), Hadramawt. "
         "The information minister's partial quote 'launched by the terrorist Houthi militia from areas under its "
         "control' and his post on X ('he wrote'): firm, from a government: assessed Houthis, asserted by him "
         "(role before the name as the text gives it). 'The Houthis' military spokesman, Mohammed al-Ansi, said on "
         "Monday' (statement day, no incident) that their forces had carried out 'a warning operation', then a "
         "televised quote: claimed Houthis, asserted by him ('military spokesman', the possessive dropped). "
         "PetroMasila's account names nobody. The October 2022 al-Dhabba strike and 'Iran-backed Houthis': history "
         "and sponsor, no stance, no incident. 'Earlier this month, a bomb damaged a section of the export "
         "pipeline near Ataq in Shabwa province': ied, impact, precision month; 'A local security official told The "
         "New Arab at the time that al-Qaeda in the Arabian Peninsula (AQAP) was \"the most likely culprit\"': "
         "hedged, suspected AQAP (name as the text first gives it in full) via The New Arab; 'but nobody has claimed "
         "that attack': the unattributed pair. The Saudi-led coalition 'did not comment': no stance. The economist "
         "(quote split by 'he told The New Arab') names the Houthis only as able to stop exports: no stance.",
)
A["s09_jordantimes_zarqa_rocket_cell"] = dict(
    published_on="2039-09-27",  # Tuesday
    meta=dict(outlet="The Jordan Times", dateline="AMMAN",
              headline="GID foils plot to launch rockets, drones at targets inside Kingdom"),
    quotes=[
        ("The plot was at an advanced stage. The rockets were ready and the cell members were working to identify their targets,", "Ahmad Khasawneh", "Minister of Government Communication and Government Spokesperson"),
        ("Our security services were following this cell from its first steps, and they intervened at the right moment to protect the lives of citizens.", "Ahmad Khasawneh", "Minister of Government Communication and Government Spokesperson"),
        ("parties outside the Kingdom", "Ahmad Khasawneh", "Minister of Government Communication and Government Spokesperson"),
        ("has no relation whatsoever", "Islamic Action Front", None),
        ("any attempt to drag the party's name into security cases", "Islamic Action Front", None),
        ("The investigation will reveal all those who stood behind this cell, inside and outside Jordan,", "security source", None),
        ("Jordan is surrounded by instability on more than one front, and there are those who want to export this chaos to us. The vigilance of the security services is what has protected this country,", "Khalil Obeidat", "Former interior minister"),
        ("not allow anyone to tamper with its security or to use its territory as an arena for settling accounts", "Ahmad Khasawneh", "Minister of Government Communication and Government Spokesperson"),
    ],
    stances=[st(None, "unattributed", None),
             st("Islamic Action Front", "denied", "Islamic Action Front")],
    incidents=[inc("2039-09-20", "week", "warehouse on the outskirts of Zarqa", "Zarqa", "Jordan", "rocket", "foiled")],
    note="The Jordan Times: headline, 'By JT - Sep 27,2039 - Last updated at Sep 27,2039', dateline 'AMMAN —', "
         "straight marks, 'the Kingdom', Petra credited. The GID foiled a plot to launch rockets and drones at "
         "targets inside Jordan; suspects arrested 'in raids carried out last week' and rockets 'ready for launch' "
         "seized at a warehouse near Zarqa: one incident, rocket (the ready rockets; drone parts unassembled; "
         "judgement call), foiled, precision week, Zarqa. The announcement 'on Monday' is no incident. The "
         "minister (long title before the name, kept as the role) speaks at a press conference: a quote before "
         "'Khasawneh said', then 'He added:' closing a paragraph before a one-paragraph quote, a partial quote in "
         "'According to the minister', and a closing partial quote. 'parties outside the Kingdom' and 'He did not "
         "name the group behind the cell, and no organisation has claimed any link to it': the unattributed pair. "
         "The Islamic Action Front's statement that it 'has no relation whatsoever' to the cell: denied IAF, "
         "asserted by the party (nobody in the text accused it; a denial all the same). The unnamed security "
         "source (bare role) and the former minister (role before the name, capital as the text has it) name "
         "nobody. The April 2025 case and the Muslim Brotherhood ban: history, no stance, no incident.",
)
A["s10_arabnews_baghdad_airport_rockets"] = dict(
    published_on="2039-11-02",  # Wednesday
    meta=dict(outlet="Arab News", dateline="BAGHDAD",
              headline="Rockets hit near Baghdad airport as new armed group claims attack"),
    quotes=[
        ("pursuing the outlaws who seek to undermine security and stability.", "Security Media Cell", None),
        ("the base of the American occupation at Baghdad airport.", "Kataib Thar al-Muhandis", None),
        ("most probably a new name used by Kataib Hezbollah,", "Iraqi security official", None),
        ("We have no link to this group, and we have not ordered any operation. Our position on the presence of foreign forces is well known and we announce our operations with our own name when we carry them out.", "Abu Mujtaba Al-Saedi", "security official"),
        ("Those who spread these lies want to drag the resistance into a confrontation with the government.", "Abu Mujtaba Al-Saedi", "security official"),
        ("harm Iraq's reputation and its relations with its partners.", "Hassan Al-Tamimi", "Government spokesman"),
        ("The government will not be blackmailed by those who fire rockets at night and hide behind new names in the morning.", "Hassan Al-Tamimi", "Government spokesman"),
        ("It is a message to Baghdad and Washington at the same time,", "Mustafa Al-Jabbari", "Iraqi security analyst"),
    ],
    stances=[st("Kataib Thar al-Muhandis", "claimed", "Kataib Thar al-Muhandis"),
             st("Kataib Hezbollah", "suspected", "Iraqi security official, via AFP"),
             st("Kataib Hezbollah", "denied", "Abu Mujtaba Al-Saedi"),
             st(None, "unattributed", None)],
    incidents=[inc("2039-10-31", "day", "near Baghdad International Airport, Victory base complex", "Baghdad", "Iraq", "rocket", "impact"),
               inc("2039-10-19", "day", "near Harir air base", "Erbil", "Iraq", "drone", "intercepted")],
    checks=[("late on Monday", "2039-10-31")],
    note="Arab News with an agency story: headline, 'AFP', 'Updated 02 November 2039', dateline 'BAGHDAD:' opening "
         "the body, straight marks, capitalised 'Al-' in names. Three rockets near Baghdad International Airport "
         "and the Victory base complex 'late on Monday', 'at around 11:40 p.m.', two vehicles damaged: rocket, "
         "impact, Baghdad. The Security Media Cell's partial quote names nobody ('the outlaws'). 'A previously "
         "unknown group calling itself Kataib Thar al-Muhandis claimed responsibility ... early on Tuesday' "
         "(partial quote): claimed, named as in the text. 'An Iraqi security official told AFP that the group was "
         "\"most probably a new name used by Kataib Hezbollah\"': hedged, suspected KH via AFP (the agency that "
         "heard it, Arab News carrying AFP's story). 'Kataib Hezbollah rejected the allegation' and its security "
         "official's two-paragraph statement after 'said:' (the first paragraph left open): denied KH, asserted by "
         "the named official (role 'security official', from 'its security official'). The prime minister's "
         "investigation and the government spokesman (partial quote, then 'He added:' with a quote in the same "
         "paragraph) name nobody. The US Embassy: no stance. 'On Oct. 19, a drone was shot down near Harir air base "
         "in Erbil province ... No group claimed responsibility for that attack': drone, intercepted, day "
         "precision, Erbil, and the unattributed pair. The 2023-2024 campaign, the February 2024 halt and the US "
         "strike on a KH commander: history, no stance, no incident. The analyst names nobody.",
)

write_corpus(D, A)
