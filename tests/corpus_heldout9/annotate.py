"""Hand annotations of the ninth held-out corpus (tests/corpus_heldout9).

Written blind, from scratch, by someone who had not seen the extractor's code (db/extract/, db/articles.py),
its development or earlier held-out corpus texts, its tests or its scores, and annotated without running the
extractor or scripts/eval_extract.py. Same format and checks as tests/corpus_heldout8/annotate.py (shared in
tests/corpus_tools.py): each quote is the exact text typed by hand; its offsets come from str.find on the .txt
(each must occur once, sit right after an opening mark and end at a closing mark or at the end of its
paragraph). Marks that are deliberately not quotes (scare quotes, names of groups, operations, places or terms
set in marks) are listed in not_quotes and checked the same way.
Run `python tests/corpus_heldout9/annotate.py` to rewrite the .json files after editing an annotation.

Conventions (as in the earlier held-out corpora): speakers of statements by a group in the gazetteer take the
canonical gazetteer name; other speakers are named as in the text (a person's full name as first given even
where the text later uses the surname only, an organisation's name as the text gives it in full, a bare role
for unnamed sources). 'last week' is published_on minus 7 days with precision week; a weekday is its most
recent occurrence on or before published_on; 'earlier this month' is the first day of the publication month
with precision month; an absolute date ('On April 2', 'on June 14', 'Oct. 6') has precision day. Places at
sea have no admin1 or country. Two launches with one interceptor miss count as one incident with outcome
impact; an explosive boat counts as a drone; rockets left unfired on the launcher of an attack belong to that
attack; a launcher or boat destroyed before launch is a foiled incident; an attack with drones and missiles
together takes the category of the larger number.

Names, made explicit for this corpus (the earlier annotators were unsure): a speaker or actor that is one of
these armed groups or institutions takes this canonical name whatever spelling the text uses: Kataib
Hezbollah, Kataib Sayyid al-Shuhada, Asaib Ahl al-Haq, Harakat al-Nujaba, Islamic Resistance in Iraq, Popular
Mobilization Forces, Islamic State, IRGC, Houthis, Hamas, Hezbollah, Badr Organization (so Hamas's Qassam
Brigades are 'Hamas', ISIS and its Amaq-carried statements are 'Islamic State', Iran's Islamic Revolutionary
Guard Corps and its navy are 'IRGC'). Other organisations are named as the text first gives them in full,
without a leading possessive such as 'Iraq's'; people by their full name as first given, without rank;
unnamed sources by a bare role ('U.S. official', 'security source').

New situations in this corpus: outlets and formats not used before (a Xinhua wire with 'DAMASCUS, Nov. 19
(Xinhua) --', a dpa wire, Stars and Stripes with curly marks, a UK Ministry of Defence press release on the
GOV.UK pattern, Times of Oman, Enab Baladi, The Arab Weekly, an EFE wire in English, Saudi Gazette carrying
an SPA statement, Al Arabiya English with curly and straight marks mixed in one article); multi-paragraph
quotes, where a paragraph opens with a mark and is left open and the next paragraph opens with a fresh mark
(each paragraph's piece is its own quote, ending at the end of its paragraph), including one after a bare
'X said:' paragraph; 'Daesh' for the Islamic State in a Syrian Democratic Forces statement, taken as a
military force's firm assessment; competing claims of one attack by a new front name and by the Islamic
Resistance in Iraq, and by the Islamic State (Amaq) and a little-known local group, each a claimed pair,
with the government's firm naming of one of them as well; a claim read out in a video by an unnamed masked
man, speaker the group; a group's spokesman denying a role before anybody had named the group (a denial);
a group's denial of an incident that a private risk firm attributes to it with hedging (denied and
suspected pairs, plus the unattributed pair of the police statement that no party has claimed it); an
explosive boat with a second boat destroyed by the ship's guards before reaching it (one incident, impact);
a sponsor named as arming, funding or training a group ('Tehran funds, trains and arms Kataib Hezbollah',
'the commander of Iran's Quds Force, which arms and finances several of the groups', 'made possible by the
weapons ... they continue to receive from Iran', 'The smuggling of Iranian weapons', a drone 'Iranian in
origin') gives no stance for the sponsor; generic 'armed groups backed by Iran' or 'Iran-aligned militias'
names no group and gives no stance; a state's own armed force claiming a missile strike (claimed IRGC); an
accusation by an opposition party, firm in tone but from no government, military or intelligence source
(suspected, judgement call); a weapon name and a scare-quoted 'truce' in marks (not_quotes); a Houthi claim
known from the target state's release ('The Houthis claimed on Monday that they had carried out a
"successful operation"'), a claimed pair, with the outcome following the officials. All articles, people
and incidents are fictional.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_tools import inc, st, write_corpus  # noqa: E402

D = Path(__file__).resolve().parent


A = {}
A["s01_xinhua_tal_baydar_mortars"] = dict(
    published_on="2029-11-19",  # Monday
    meta=dict(outlet="Xinhua", dateline="DAMASCUS",
              headline="Mortar shells hit U.S.-led coalition base in Syria's Hasakah, no casualties reported"),
    quotes=[
        ("Four shells were fired from the direction of the villages south of the base. Two of them fell inside the perimeter and the others landed in the farmland around it,", "local source", None),
        ("came under indirect fire at approximately 11:40 p.m. local time.", "Graham Teller", "spokesman for the coalition"),
        ("there were no injuries, and the damage is being assessed.", "Graham Teller", "spokesman for the coalition"),
        ("the base of the occupiers in Qasrak,", "Saraya Tahrir al-Jazira", None),
        ("The cells of Daesh stand behind this cowardly attack, which is part of their desperate attempts to bring chaos back to the region,", "Rojhat Mizgin", "head of the SDF media office"),
        ("Our forces have launched a sweep of the villages along the Khabur river and will pursue the perpetrators wherever they are,", "Rojhat Mizgin", "head of the SDF media office"),
    ],
    stances=[st(None, "unattributed", None),
             st("Saraya Tahrir al-Jazira", "claimed", "Saraya Tahrir al-Jazira"),
             st("Islamic State", "assessed", "Rojhat Mizgin, Syrian Democratic Forces")],
    incidents=[inc("2029-11-18", "day", "Tal Baydar base, north of Hasakah", "Hasakah", "Syria", "mortar", "impact"),
               inc("2029-11-03", "day", "Qasrak base", "Hasakah", "Syria", "drone", "intercepted"),
               inc("2029-11-17", "day", "near Busayrah", "Deir ez-Zor", "Syria", "ied", "impact")],
    checks=[("late Sunday", "2029-11-18"), ("on Saturday", "2029-11-17")],
    note="Xinhua wire: headline line, dateline 'DAMASCUS, Nov. 19 (Xinhua) --', straight marks, 'told Xinhua by "
         "phone, asking not to be named', 'the Britain-based Syrian Observatory for Human Rights', a closing "
         "background paragraph. 'said on Monday' is the publication day. Several mortar shells on the Tal Baydar "
         "base, two inside the perimeter, a tent and a generator damaged: impact, mortar (the coalition's 'indirect "
         "fire' is its generic term; the text says mortar shells). 'No group has claimed responsibility for the "
         "attack so far': the unattributed pair. The observatory's 'armed groups backed by Iran ... without naming a "
         "specific faction' names no group: no stance (judgement call). The coalition spokesman (named first, then "
         "'He') has two partial quotes that end at the closing mark after a period. 'On Nov. 3' a drone shot down "
         "near Qasrak: intercepted, day precision; claimed by a new name, Saraya Tahrir al-Jazira (named as in the "
         "text), 'a claim that could not be independently verified' (still a claim). The SDF IED near Busayrah 'on "
         "Saturday', two fighters killed: impact, Deir ez-Zor. The SDF media office head's 'The cells of Daesh stand "
         "behind this cowardly attack': firm, from a military force: assessed Islamic State (the text glosses Daesh "
         "as 'the Islamic State (IS) group'); asserted by him for the SDF (judgement call: a non-state army, but a "
         "military source). The US troop presence and Damascus's demand: background.",
)
A["s02_dpa_erbil_depot_two_claims"] = dict(
    published_on="2030-01-16",  # Wednesday
    meta=dict(outlet="dpa", dateline="Erbil, Iraq",
              headline="Drone sets fuel depot ablaze near Iraq's Erbil as two groups claim attack"),
    quotes=[
        ("One drone was brought down over the hills, but the second one hit a fuel tank and started a fire that took the civil defence three hours to control,", "Dilshad Barzinji", "Erbil's deputy governor"),
        ("We have asked Baghdad many times to stop these groups. We know the roads they use, we know the areas they launch from, and still nothing happens.", "Dilshad Barzinji", "Erbil's deputy governor"),
        ("If the federal government cannot protect the Kurdistan Region, it should say so openly.", "Dilshad Barzinji", "Erbil's deputy governor"),
        ("drones struck the fuel depot that supplies the bases of the American occupation in Erbil.", "Saraya Ahl al-Thar", None),
        ("attacked a target of the occupation in Erbil with two drones,", "Islamic Resistance in Iraq", None),
        ("Kataib Hezbollah did not take part in the Erbil operation and has no knowledge of who carried it out,", "Abu Haidar al-Saadi", "security official of Kataib Hezbollah"),
        ("Those who fire at Erbil are firing at the whole of Iraq, and they will be pursued by the law,", "Qahtan al-Zubaidi", "Iraqi government spokesman"),
    ],
    stances=[st("Saraya Ahl al-Thar", "claimed", "Saraya Ahl al-Thar"),
             st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq"),
             st("Kataib Hezbollah", "denied", "Abu Haidar al-Saadi")],
    incidents=[inc("2030-01-15", "day", "Bastora fuel depot, north of Erbil", "Erbil", "Iraq", "drone", "impact")],
    checks=[("late Tuesday", "2030-01-15")],
    note="dpa wire: headline, dateline 'Erbil, Iraq (dpa) -', straight marks, British spelling, 'told dpa'. Two "
         "drones, one brought down, the second hit a fuel tank: one incident, impact (interceptor-miss convention). "
         "The deputy governor ('Erbil's deputy governor, Dilshad Barzinji', then 'Barzinji') speaks in a quote of "
         "three paragraphs: the first closes before 'Barzinji told dpa.', the second opens with a mark and is left "
         "open at its end, the third opens afresh and closes: three quotes, all his. Competing claims: a new name, "
         "Saraya Ahl al-Thar (as in the text), on Telegram, and the Islamic Resistance in Iraq in a separate "
         "statement: two claimed pairs. 'analysts say new names are often used as cover by established militias' "
         "names no group: no stance. Kataib Hezbollah's security official (named after the quote, in apposition) "
         "says KH 'did not take part': denied KH, asserted by him; speaker the person, as in heldout7. The "
         "government spokesman and the Counter-Terrorism Directorate (launch area south of Makhmour, 'It did not "
         "say who it believed had launched them') name nobody; no unattributed pair, since the attack is claimed. "
         "The PM's ordered investigation and Erbil's history: background.",
)
A["s03_stripes_jordan_outpost_drone"] = dict(
    published_on="2030-02-06",  # Wednesday
    meta=dict(outlet="Stars and Stripes", dateline="WASHINGTON",
              headline="Pentagon blames Kataib Hezbollah for drone strike that wounded 3 US troops in Jordan"),
    quotes=[
        ("We assess that Kataib Hezbollah planned and carried out this attack, and we have shared that assessment with our Iraqi and Jordanian partners,", "Lauren Keane", "Pentagon deputy press secretary"),
        ("The drone came in at low altitude, close behind one of our own surveillance aircraft that was returning to base, and that complicated the picture for the air defense crews. We are looking very closely at what happened in those few minutes.", "Lauren Keane", "Pentagon deputy press secretary"),
        ("I’m not going to get ahead of the president on any response.", "Lauren Keane", "Pentagon deputy press secretary"),
        ("the occupation base at Ruwaished", "Islamic Resistance in Iraq", None),
        ("Iran built these networks, and Iran can turn them off,", "Margaret Oduya", "member of the Senate Armed Services Committee"),
        ("Until someone in Tehran pays a price, they will keep testing us.", "Margaret Oduya", "member of the Senate Armed Services Committee"),
        ("terrorist attack", "Jordan Armed Forces", None),
    ],
    stances=[st("Kataib Hezbollah", "assessed", "Lauren Keane, Pentagon"),
             st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq"),
             st(None, "unattributed", None)],
    incidents=[inc("2030-02-03", "day", "Camp Dalton, near Al-Ruwaished", "Mafraq", "Jordan", "drone", "impact"),
               inc("2030-01-28", "day", "Camp Dalton, near Al-Ruwaished", "Mafraq", "Jordan", "rocket", "intercepted")],
    checks=[("early Sunday", "2030-02-03")],
    note="Stars and Stripes style: headline, byline 'By ... | STARS AND STRIPES', 'Published:' line, dateline "
         "'WASHINGTON —', curly marks and apostrophes, AP-style 'Sen.', 'Jan. 28'. The one-way attack drone hit "
         "living units at Camp Dalton 'early Sunday', three wounded: impact; Al-Ruwaished lies in Mafraq "
         "governorate (admin1 from geography, the text says 'northeastern Jordan'). The deputy press secretary's "
         "'We assess that Kataib Hezbollah planned and carried out this attack': firm, assessed KH, asserted by her "
         "for the Pentagon; her quote runs over three paragraphs (the second left open at its end): three quotes. "
         "The IRI claimed a strike on 'the occupation base at Ruwaished': claimed IRI; 'Kataib Hezbollah itself has "
         "not commented': no stance. 'Tehran funds, trains and arms Kataib Hezbollah' and the senator's 'Iran built "
         "these networks': sponsor, no stance; Keane 'declined to say whether Iran had advance knowledge'. 'On Jan. "
         "28' two rockets at the outpost shot down by a counter-rocket system (unnamed US official, unquoted): "
         "intercepted; 'No group claimed that attack': the unattributed pair. The Jordan Armed Forces' partial "
         "quote 'terrorist attack' is a quote of its statement (speaker as the text gives it) and names nobody. "
         "'on Monday' (the briefing) has no incident.",
)
A["s04_ukmod_red_sea_destroyer"] = dict(
    published_on="2030-03-05",  # Tuesday
    meta=dict(outlet="UK Ministry of Defence", dateline=None,
              headline="Royal Navy destroyer shoots down Houthi attack drones in the Red Sea"),
    quotes=[
        ("This was another reckless attack by the Houthis on sailors who are simply going about their work. Thanks to the skill of the crew of HMS Ardent, it failed.", "Harriet Lowe", "Defence Secretary"),
        ("The United Kingdom will continue to work with our allies to protect freedom of navigation, which is vital to the global economy and to prices in British shops.", "Harriet Lowe", "Defence Secretary"),
        ("My ship’s company reacted exactly as they have trained to do, calmly and quickly, and in the middle of the night. I could not be prouder of them.", "Ian Prosser", "Commanding Officer of HMS Ardent"),
        ("successful operation", "Houthis", None),
    ],
    stances=[st("Houthis", "assessed", "UK Ministry of Defence"),
             st("Houthis", "claimed", "Houthis")],
    incidents=[inc("2030-03-03", "day", "southern Red Sea, north of the Bab el-Mandeb strait", None, None, "drone", "intercepted"),
               inc("2030-02-27", "day", "Gulf of Aden", None, None, "missile", "impact")],
    checks=[("on Sunday night", "2030-03-03")],
    note="UK government press release on the GOV.UK pattern: 'Press release' label, title, summary line, 'From:' and "
         "'Published 5 March 2030' lines, no dateline, curly marks, 'X said:' on its own paragraph before each "
         "quote, 'Notes to editors'. Three drones destroyed by HMS Ardent's Sea Viper 'on Sunday night', heading "
         "for merchant ships she was escorting: intercepted, at sea. The release's own 'launched by the Houthis' "
         "and 'fired by the Houthis', and the Defence Secretary's 'reckless attack by the Houthis': firm, one "
         "assessed pair for the Houthis asserted by the ministry (covering both incidents). The Defence Secretary's "
         "quote runs over two paragraphs (the first left open at its end): two quotes. 'The Houthis claimed on "
         "Monday that they had carried out a \"successful operation\" against a British warship. This is untrue': "
         "the claim is known from the release, a claimed pair, and taken to be the Sunday night attack (judgement "
         "call: the drones were heading for the convoy the warship escorted); the outcome follows the ministry. "
         "'On 27 February' the bulk carrier MV Corvina Star was struck by an anti-ship ballistic missile, fire "
         "brought under control: missile, impact, at sea. 'made possible by the weapons, components and training "
         "they continue to receive from Iran': sponsor, no stance. Operation Prosperity Guardian: background.",
)
A["s05_times_of_oman_salalah_drone"] = dict(
    published_on="2030-04-09",  # Tuesday
    meta=dict(outlet="Times of Oman", dateline="Salalah",
              headline="Drone explodes at Salalah port; Houthis deny involvement"),
    quotes=[
        ("fell and exploded", "Royal Oman Police", None),
        ("The competent authorities have opened an investigation to determine the source of the drone and the party behind it. No party has claimed responsibility for the incident so far,", "Royal Oman Police", None),
        ("It was like a motorbike in the sky, and then a big flash near the stacks at the end of the yard. We ran to the gate,", "port employee", None),
        ("Sanaa has nothing to do with what happened in Salalah. Oman is a brotherly country and a mediator, and we would never target it,", "Hezam al-Khawlani", "member of the group's political bureau"),
        ("Our assessment is that this was most likely a Houthi drone, possibly one that lost its way on the route towards the Red Sea or the Gulf of Aden,", "Laila Bakhsh", "head of intelligence at the Muscat-based Harbourline Risk"),
        ("That would explain why nobody is claiming it. An intentional strike on Oman would make very little sense for them,", "Laila Bakhsh", "head of intelligence at the Muscat-based Harbourline Risk"),
    ],
    stances=[st(None, "unattributed", None),
             st("Houthis", "denied", "Hezam al-Khawlani"),
             st("Houthis", "suspected", "Laila Bakhsh, Harbourline Risk")],
    incidents=[inc("2030-04-06", "day", "container yard, Port of Salalah", "Dhofar", "Oman", "drone", "impact"),
               inc("2030-04-02", "week", "desert near Thumrait", "Dhofar", "Oman", "drone", "intercepted")],
    checks=[("late on Saturday", "2030-04-06")],
    note="Times of Oman web style: headline, outlet and date lines, dateline 'Salalah:', straight marks, '11.15pm', "
         "'80km'. The drone 'fell and exploded' in the port's container yard, damaging containers and a crane, not "
         "intercepted: impact (judgement call: whether the port was its target is unknown, but it exploded there and "
         "did damage). The Royal Oman Police statement's 'No party has claimed responsibility for the incident so "
         "far' (inside its quote): the unattributed pair. The Houthi political bureau member ('Hezam al-Khawlani, a member of the "
         "group's political bureau'; the role names the group the text means) 'rejected any suggestion' before "
         "anyone had been named in the article: 'Sanaa has nothing to do with what happened in Salalah': denied "
         "Houthis ('Sanaa' is the Houthi authority here). The risk firm's head of intelligence: 'most likely a "
         "Houthi drone': hedged, suspected Houthis, asserted by her for the firm (not via the outlet: she spoke "
         "on the record). 'the design of the drone was Iranian in origin ... this said nothing about who had "
         "launched it': no stance for Iran. The unnamed port employee: bare role. 'Last week' a drone shot down "
         "near Thumrait: intercepted, precision week, Dhofar. 'on Sunday morning' (port reopening) has no incident.",
)
A["s06_enab_baladi_palmyra_bus_ied"] = dict(
    published_on="2030-05-14",  # Tuesday
    meta=dict(outlet="Enab Baladi", dateline="Homs",
              headline="Two groups claim Palmyra road bombing that killed four soldiers"),
    quotes=[
        ("cells of the ISIS terrorist organisation", "Syrian Ministry of Interior", None),
        ("The driver saw nothing. The device was buried under the asphalt at the edge of the road and detonated remotely as the bus slowed down,", "military source", None),
        ("blown up a bus of the apostate army", "Islamic State", None),
        ("more than 15 of its members.", "Islamic State", None),
        ("This operation is a response to the arrests of our people in the Badia, and it will not be the last,", "Liwa Thuwwar al-Badiya", None),
        ("In the Badia, local groups sometimes work with ISIS cells for money or for revenge, and sometimes they simply adopt an attack to make a name for themselves.", "Omar al-Hamad", "Researcher"),
        ("What matters is that the government has so far failed to secure a road that its own soldiers use every day,", "Omar al-Hamad", "Researcher"),
    ],
    stances=[st("Islamic State", "assessed", "Syrian Ministry of Interior"),
             st("Islamic State", "claimed", "Islamic State, via Amaq"),
             st("Liwa Thuwwar al-Badiya", "claimed", "Liwa Thuwwar al-Badiya"),
             st(None, "unattributed", None)],
    incidents=[inc("2030-05-12", "day", "road between Palmyra and al-Sukhnah, about 20 km east of Palmyra", "Homs", "Syria", "ied", "impact"),
               inc("2030-05-10", "day", "al-Sukhnah", "Homs", "Syria", "mortar", "impact")],
    checks=[("on Sunday", "2030-05-12"), ("On Friday", "2030-05-10")],
    note="Enab Baladi English style: headline, 'Enab Baladi – Homs' line, no date line in the text, curly marks, "
         "'told Enab Baladi', 'Deir Ezzor'. The roadside bomb under a bus of soldiers 'on Sunday', four killed: "
         "ied, impact, Homs countryside. The Ministry of Interior's 'cells of the ISIS terrorist organisation had "
         "planted the device' (partial quote, then reported speech) and two arrests: firm, assessed Islamic State "
         "asserted by the ministry. Competing claims: ISIS via Amaq (two partial quotes, speaker the canonical "
         "'Islamic State') and Liwa Thuwwar al-Badiya, a little-known group (named as in the text), whose claim is "
         "read out in a video by 'a masked man' (speaker the group, whose statement he reads): two claimed pairs. "
         "The unnamed military source gives facts only. The researcher (named 'Researcher Omar al-Hamad', role as "
         "the text gives it) speaks in a two-paragraph quote (the first left open at its end) and names no group "
         "as culprit ('local groups sometimes work with ISIS cells'): no stance. 'On Friday' two mortar shells on "
         "al-Sukhnah, a child injured: mortar, impact; 'No party claimed responsibility for the shelling': the "
         "unattributed pair. The February checkpoint attack near al-Qaryatayn: history.",
)
A["s07_arab_weekly_balad_rockets"] = dict(
    published_on="2030-06-18",  # Tuesday
    meta=dict(outlet="The Arab Weekly", dateline="BAGHDAD",
              headline="Rockets hit Iraq’s Balad air base as suspicion falls on Kataib Hezbollah"),
    quotes=[
        ("The launcher, the timer and the orchard where it was hidden all point towards Kataib Hezbollah, but we are still verifying before we say anything officially,", "senior Iraqi security official", None),
        ("The movement is not concerned with what happened in Balad, and we warn against attempts to drag the names of the factions into every incident,", "Ali al-Fartousi", "Harakat al-Nujaba's spokesman"),
        ("Every time the negotiations over the withdrawal timetable stall, the rockets come back. Nobody in the government believes it is a coincidence,", "Mustafa al-Kubaisi", "political analyst in Baghdad"),
        ("strike with an iron fist", "prime minister’s media office", None),
    ],
    not_quotes=["truce"],
    stances=[st("Kataib Hezbollah", "suspected", "senior Iraqi security official, via The Arab Weekly"),
             st("Harakat al-Nujaba", "denied", "Ali al-Fartousi"),
             st(None, "unattributed", None)],
    incidents=[inc("2030-06-16", "day", "Balad air base", "Salahuddin", "Iraq", "rocket", "impact"),
               inc("2030-06-11", "week", "highway between Hillah and Baghdad", "Babil", "Iraq", "ied", "impact")],
    checks=[("on Sunday evening", "2030-06-16")],
    note="The Arab Weekly style: headline, outlet line, 'Tuesday 18/06/2030' date line, dateline 'BAGHDAD –' (en "
         "dash), curly marks and apostrophes. Three Katyusha rockets struck Balad air base 'on Sunday evening', "
         "damaging a hangar: impact, Salahuddin; the fourth rocket found on its launcher near Yathrib with the timer "
         "running belongs to this attack (convention), not a separate foiled incident. The senior security "
         "official's 'all point towards Kataib Hezbollah, but we are still verifying': hedged, suspected KH via "
         "The Arab Weekly. Harakat al-Nujaba's spokesman, unprompted: 'The movement is not concerned with what "
         "happened in Balad': denied Nujaba (judgement call: 'not concerned with' read as a denial of a role, as the "
         "text's 'quick to deny any role' says). 'Kataib Hezbollah did not respond': no stance. 'no group has "
         "claimed the attack' and the convoy bomb 'was not claimed by any group either': one unattributed pair. "
         "'Last week's blast' on the Hillah-Baghdad highway, two trucks damaged: ied, impact, precision week, "
         "admin1 Babil (Hillah's governorate; judgement call, the highway crosses into Baghdad province). The "
         "'truce' in marks is a scare quote (not_quotes). 'the commander of Iran's Quds Force, which arms and "
         "finances several of the groups': sponsor, no IRGC stance. The analyst and the PM's media office name "
         "nobody. 'on Monday' (the council meeting) has no incident.",
)
A["s08_efe_mokha_explosive_boat"] = dict(
    published_on="2030-07-23",  # Tuesday
    meta=dict(outlet="EFE", dateline="Dubai",
              headline="Explosive boat hits Greek-owned tanker off Yemen, no claim of responsibility"),
    quotes=[
        ("The master reports that the vessel was struck on the port side by an unmanned surface vessel. The crew are safe and the vessel is proceeding to its next port of call,", "United Kingdom Maritime Trade Operations", None),
        ("There is a dent and some burned paint, nothing that threatens the ship. The crew did very well,", "Nikos Stamatiou", "head of operations at Halkidon Shipping"),
        ("We have no idea why this ship was chosen. It has no connection to Israel or to the United States.", "Nikos Stamatiou", "head of operations at Halkidon Shipping"),
        ("The type of boat, the area and the method all point to the Houthis, as in previous attacks, but at this stage we cannot confirm who launched it,", "Andrea Pellegrini", "spokesman for the EU naval mission Aspides"),
        ("It is possible that the attackers expected the boat alone to do more damage,", "Andrea Pellegrini", "spokesman for the EU naval mission Aspides"),
    ],
    stances=[st(None, "unattributed", None),
             st("Houthis", "suspected", "Andrea Pellegrini, Aspides")],
    incidents=[inc("2030-07-22", "day", "Red Sea off Mokha", None, None, "drone", "impact")],
    checks=[("late Monday", "2030-07-22")],
    note="EFE English wire: headline, dateline 'Dubai, Jul 23 (EFE).-', straight marks, 'told EFE', 'industry "
         "sources consulted by EFE'. An explosive unmanned boat struck the tanker Ionian Dawn off Mokha 'late "
         "Monday', hull damaged; a second boat destroyed by the armed guards on board before it reached the ship: "
         "one incident (two launches, one stopped), drone by the explosive-boat convention, impact, at sea. The "
         "UKMTO advisory's speaker is the organisation as the text first gives it in full ('United Kingdom Maritime "
         "Trade Operations (UKMTO) center', the 'British military's' possessive and 'center' dropped). 'No group "
         "had claimed responsibility for the attack by Tuesday evening' and the Houthis 'did not comment': the "
         "unattributed pair. The Aspides spokesman (rank dropped; then 'he'): 'all point to the Houthis ... but at "
         "this stage we cannot confirm': hedged, suspected Houthis, asserted by him for Aspides (judgement call: "
         "both an unattributed and a suspected pair, as the text carries both). 'The Houthis, who are backed by "
         "Iran': sponsor, no stance. The ship manager's split quote names nobody. The 2023 campaign: history.",
)
A["s09_saudi_gazette_khamis_mushait_missile"] = dict(
    published_on="2030-08-27",  # Tuesday
    meta=dict(outlet="Saudi Gazette", dateline="RIYADH",
              headline="Saudi air defenses intercept Houthi ballistic missile fired at Khamis Mushait"),
    quotes=[
        ("At 9:40 pm on Monday, the Royal Saudi Air Defense Forces intercepted and destroyed a ballistic missile launched by the terrorist Houthi militia from Saada governorate in a systematic and deliberate manner toward civilian areas in Khamis Mushait,", "Saad Al-Otaibi", "official spokesman of the Ministry of Defense"),
        ("Fragments of the intercepted missile fell on an open area on the outskirts of the city without causing any injuries. The competent authorities are examining the debris.", "Saad Al-Otaibi", "official spokesman of the Ministry of Defense"),
        ("The Ministry of Defense affirms that it will take all necessary measures to protect the Kingdom's lands, citizens and residents, in accordance with international humanitarian law.", "Saad Al-Otaibi", "official spokesman of the Ministry of Defense"),
        ("hit its target precisely.", "Abdulmalik Al-Shami", "Houthis' military spokesman"),
        ("The missile never reached its target. It was destroyed in the air, and what the militia says is lies intended for its own audience,", "Saad Al-Otaibi", "official spokesman of the Ministry of Defense"),
        ("The smuggling of Iranian weapons to this militia is what allows it to keep threatening the Kingdom's security,", "Saad Al-Otaibi", "official spokesman of the Ministry of Defense"),
        ("is a flagrant violation of international law.", "Gulf Cooperation Council Secretariat General", None),
        ("We heard one very loud bang and the windows shook. My children woke up crying, but thank God nobody was hurt,", "Abdullah Al-Qahtani", "resident of the Al-Dabab district"),
    ],
    not_quotes=["Zulfiqar"],
    stances=[st("Houthis", "assessed", "Saad Al-Otaibi, Saudi Ministry of Defense"),
             st("Houthis", "claimed", "Abdulmalik Al-Shami"),
             st(None, "unattributed", None)],
    incidents=[inc("2030-08-26", "day", "Khamis Mushait", "Asir", "Saudi Arabia", "missile", "intercepted"),
               inc("2030-08-25", "day", "Najran", "Najran", "Saudi Arabia", "drone", "intercepted")],
    checks=[("on Monday night", "2030-08-26"), ("at dawn on Sunday", "2030-08-25")],
    note="Saudi Gazette style: headline, 'Saudi Gazette report' line, dateline 'RIYADH -', straight marks, 'pm', a "
         "ministry statement 'carried by the Saudi Press Agency (SPA)'. The MoD spokesman (rank dropped; then "
         "'Al-Otaibi', 'He', 'he') speaks first in a statement of three paragraphs (the first quote closes before "
         "the attribution, the second paragraph opens with a mark and is left open, the third opens afresh): three "
         "quotes; 'launched by the terrorist Houthi militia from Saada governorate': firm, assessed Houthis, "
         "asserted by him for the ministry. Ballistic missile intercepted over Khamis Mushait 'on Monday night', "
         "fragments on open ground: intercepted, Asir. The Houthi military spokesman's claim of a 'Zulfiqar' "
         "missile (a weapon name in marks: not_quotes) that 'hit its target precisely': claimed Houthis; the "
         "outcome follows the officials ('destroyed in the air'). A drone toward Najran 'at dawn on Sunday' shot "
         "down: intercepted; 'He did not say who had launched it, and no group has claimed the drone' and the "
         "Houthis 'made no mention' of it: the unattributed pair (the assessed pair is read as the missile's: "
         "judgement call). 'The smuggling of Iranian weapons to this militia': sponsor, no stance. The GCC "
         "Secretariat General's partial quote and the resident name nobody. The 2022 truce: background.",
)
A["s10_alarabiya_irgc_erbil_missiles"] = dict(
    published_on="2030-09-17",  # Tuesday
    meta=dict(outlet="Al Arabiya English", dateline=None,
              headline="Iran’s IRGC says it struck ‘espionage centre’ in Erbil; Kurdish officials say civilians killed"),
    quotes=[
        ("a headquarters of Israeli espionage and a gathering place of anti-Iranian terrorist groups", "IRGC", None),
        ("precision missiles.", "IRGC", None),
        ("There is no espionage centre in Qushtapa. The people killed were a farmer and his nephew, and the wounded include two women,", "Kurdistan Region Security Council", None),
        ("The claims of the Revolutionary Guards are an attempt to justify a crime against civilians.", "Kurdistan Region Security Council", None),
        ("a cowardly crime", "Dilan Rasul", "Kurdistan Region Prime Minister"),
        ("This aggression is a violation of Iraq’s sovereignty and of the principles of good neighbourliness,", "foreign ministry", None),
        ("We condemn Iran’s reckless missile strikes, which undermine Iraq’s stability,", "US State Department spokesperson", None),
        ("We have no doubt the Revolutionary Guards sent it. It came from the east and it hit the building where our leadership meets,", "Kaveh Sharifi", "member of the party’s central committee"),
    ],
    stances=[st("IRGC", "claimed", "IRGC"),
             st(None, "unattributed", None),
             st("IRGC", "suspected", "Kaveh Sharifi, Iranian Kurdish opposition party")],
    incidents=[inc("2030-09-16", "day", "Qushtapa, south of Erbil", "Erbil", "Iraq", "missile", "impact"),
               inc("2030-09-16", "day", "Erbil International Airport", "Erbil", "Iraq", "drone", "intercepted"),
               inc("2030-09-01", "month", "camp of an Iranian Kurdish opposition party near Koya", "Erbil", "Iraq", "drone", "impact")],
    checks=[("late Monday", "2030-09-16")],
    note="Al Arabiya English style: headline with single curly marks (not marks for the checker), outlet line, "
         "'Published: 17 September ,2030: 02:10 PM GST' (spacing as on the site), no dateline, curly marks except "
         "one straight pair (the State Department quote, as pasted copy often mixes them). The IRGC's statement on "
         "Sepah News claims the missile strike: claimed, speaker and actor the canonical 'IRGC' (a state's own "
         "force claiming; the text's 'Islamic Revolutionary Guard Corps', 'the Guards'). Four missiles hit a house "
         "and a warehouse in Qushtapa 'late Monday', two killed: missile, impact. The Kurdistan Region Security "
         "Council's split quote disputes the target, not the author: no stance. The State Department's 'Iran's "
         "reckless missile strikes' agrees with the claim, naming the state, not a group: no separate stance "
         "(judgement call). Iraq's foreign ministry (speaker without the possessive, as the name rule says) names "
         "Iran only as the aggressor state: no stance. 'Earlier the same evening' two drones shot down near Erbil "
         "airport: intercepted, same day; 'No group has claimed responsibility for the drones, and the IRGC "
         "statement did not mention them': the unattributed pair. 'Earlier this month' a drone exploded at an "
         "Iranian Kurdish opposition party's camp near Koya, damaging a hall: impact, precision month; the party's "
         "central committee member: 'We have no doubt the Revolutionary Guards sent it': firm in tone but from an "
         "opposition party, not a government, military or intelligence source, so suspected IRGC, not assessed "
         "(judgement call). 'Iran has repeatedly struck ...': background.",
)

write_corpus(D, A)
