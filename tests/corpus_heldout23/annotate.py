"""Hand annotations of the twenty-third held-out corpus (tests/corpus_heldout23).

Written blind, from scratch, by someone who had not seen the extractor's code (db/), its tests, its development
or scores, or the texts of any earlier corpus, and annotated without running the extractor, `threatdesk import`
or scripts/eval_extract.py. Same format and checks as tests/corpus_heldout12/annotate.py (shared in
tests/corpus_tools.py): each quote is the exact text typed by hand; its offsets come from str.find on the .txt
(each must occur once, sit right after an opening mark and end at a closing mark or at the end of its
paragraph). Marks that are deliberately not quotes (a group's name set in marks) are listed in not_quotes and
checked the same way.
Run `python tests/corpus_heldout23/annotate.py` to rewrite the .json files after editing an annotation.

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

Additions in this corpus (same spirit): a televised or broadcast claim by a group's named spokesman is asserted
through the spokesman and the group ('Abdulkarim al-Mahdi, Houthis'), his quotes take his name and the role the
text gives; an organisation named with a national adjective keeps it ('the Syrian Ministry of Defense' is
'Syrian Ministry of Defense'); a person named by a kunya ('Abu Firas') keeps it as the speaker's name; an
official's 'We believe ... possibly ...' or an 'initial assessment' is hedged (suspected), not assessed.

Outlets and situations: BBC News (reporter, 'BBC News, Amman', straight marks) with an unclaimed drone on a
Jordanian border post, a security source's '"most likely" ... Kataib Hezbollah' to the BBC and the group's
Telegram denial, and last week's unclaimed drone shot down near Ruwaished; The Guardian (standfirst, 'Name in
Baghdad') with a front group's claim of rockets at the Victory base complex and of a drone earlier this month,
and an official's 'probably linked to Kataib Sayyid al-Shuhada' (suspected); The Washington Post with an
on-the-record Pentagon assessment of Harakat al-Nujaba, the umbrella's claim and Nujaba's denial; CNN ('Abu
Dhabi (CNN) —') with CENTCOM's firm 'Iran-backed Houthi terrorists launched' and the Houthi spokesman's claim, at
sea, and last week's explosive boat; Al Jazeera English with two competing claims, an Israeli hedged suspicion
of Hamas, 'We hold the Lebanese state responsible' and an unnamed Hezbollah official's denial; Shafaq News
('Shafaq News/') with an unclaimed convoy IED, last week's convoy IED claimed by a front in marks, and history
with names in marks (not_quotes); Asharq Al-Awsat ('Beirut - Asharq Al-Awsat') with a ministry's firm blame on
ISIS, the Amaq claim and last month's unclaimed bus bombing; The New Arab with an unclaimed drone on Khor Mor, a
hedged 'most probably' pointing at Asaib Ahl al-Haq and its denial; Defense News ('WASHINGTON —') with an
intercepted drone claimed by the umbrella, a defense official's 'appears to have been launched by Kataib
Hezbollah' and last month's unclaimed rockets on Erbil; Xinhua ('BAGHDAD, Dec. 28 (Xinhua) --') with the
Security Media Cell's firm blame on IS beside 'No group has so far claimed' and an unclaimed roadside bomb
earlier this month. All articles, people and incidents are fictional; some background paragraphs mention real
past events (Tower 22 in 2024, the 2020 Baghdad airport strike, the 2023 Passover barrage, Khor Mor in 2022 and
2024, Al-Asad in January 2020, Baghouz in 2019).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_tools import inc, st, write_corpus  # noqa: E402

D = Path(__file__).resolve().parent


A = {}
A["s01_bbc_umm_al_jimal_drone"] = dict(
    published_on="2044-02-11",  # Thursday
    meta=dict(outlet="BBC News", dateline=None,
              headline="Jordan says drone attack on border post wounds three soldiers"),
    quotes=[
        ("most likely", "Jordanian security source", None),
        ("The type of drone and the route it took are familiar to us,", "Jordanian security source", None),
        ("We have seen the same pattern several times in the past year.", "Jordanian security source", None),
        ("media fabrications", "Kataib Hezbollah", None),
        ("no interest in any confrontation with the Jordanian people", "Kataib Hezbollah", None),
        ("with full force", "Muhannad al-Khatib", "government spokesman"),
        ("Our borders are not open to militias or to smugglers, and those who test us will pay the price,", "Muhannad al-Khatib", "government spokesman"),
        ("Jordan will not become a battlefield for the wars of others.", "Muhannad al-Khatib", "government spokesman"),
        ("The windows shook and then we heard the ambulances going towards the border,", "Abu Firas", "farmer who lives on the edge of the town"),
        ("People here are used to the smugglers. Drones are something new for us.", "Abu Firas", "farmer who lives on the edge of the town"),
    ],
    stances=[st(None, "unattributed", None),
             st("Kataib Hezbollah", "suspected", "Jordanian security source, via BBC News"),
             st("Kataib Hezbollah", "denied", "Kataib Hezbollah")],
    incidents=[inc("2044-02-09", "day", "border guard post near Umm al-Jimal", "Mafraq", "Jordan", "drone", "impact"),
               inc("2044-02-04", "week", "near Ruwaished", "Mafraq", "Jordan", "drone", "intercepted")],
    checks=[("late on Tuesday", "2044-02-09")],
    note="BBC News web story: headline, reporter name with 'BBC News, Amman' under it (the reporter's base, no "
         "dateline), '11 February 2044', straight marks, British spelling, '150km (93 miles)'. An explosive drone "
         "from Syria hit an observation tower near Umm al-Jimal 'late on Tuesday', three soldiers wounded: drone, "
         "impact, Mafraq; residents' 'shortly before midnight' agrees with the date. 'No group has said it carried "
         "out the attack, and the army did not say who it believed was responsible': unattributed. The unnamed "
         "security source's '\"most likely\" been launched by Kataib Hezbollah' to the BBC: hedged, suspected KH via "
         "the outlet; the source's two quotes split by 'the source said' name nobody. KH's Telegram statement 'on "
         "Wednesday' rejecting 'media fabrications' linking it to the attack: denied (both partial quotes are the "
         "group's words, speaker KH). 'an Iran-backed Iraqi armed group': sponsor, no stance for Iran. The "
         "government spokesman (role before the name, lower-cased) names nobody; 'he told state television' "
         "joins two quotes. 'Last week the army said it had shot down a drone carrying explosives near "
         "Ruwaished ... Nobody claimed that attack either': drone, intercepted, precision week, covered by the same "
         "unattributed pair. Tower 22 in January 2024, Washington blaming Iran-backed militias and the Islamic "
         "Resistance in Iraq's claim: history, no stance, no incident. The farmer 'Abu Firas' is named by his "
         "kunya as the text gives it; his role from the appositive.",
)
A["s02_guardian_victory_base_rockets"] = dict(
    published_on="2044-03-14",  # Monday
    meta=dict(outlet="The Guardian", dateline=None,
              headline="Rockets strike near Baghdad airport as little-known militia claims attack"),
    quotes=[
        ("the nest of the occupation forces at Baghdad airport", "Saraya Awliya al-Dam", None),
        ("These names on Telegram change every few months, but the people behind them do not,", "senior Iraqi security official", None),
        ("The launcher, the rockets and the place they chose are all things we have seen before.", "senior Iraqi security official", None),
        ("a handful of outlaws", "Farhad al-Saadi", "spokesperson for the prime minister"),
        ("The state has one decision on war and peace, and it will not be taken in a field in Radwaniyah,", "Farhad al-Saadi", "spokesperson for the prime minister"),
        ("We will find those responsible, whoever they are, and they will face the courts.", "Farhad al-Saadi", "spokesperson for the prime minister"),
        ("Every time the government tightens the screws, we see a burst of attacks under a new name. The factions want to show that they can still raise the cost, without putting their own flags on it.", "Randa Hamoudi", "researcher at the Iraq Policy Forum in Beirut"),
        ("The problem for the prime minister is that he needs these same parties in parliament. He can arrest a launch team, but he cannot arrest a coalition partner,", "Randa Hamoudi", "researcher at the Iraq Policy Forum in Beirut"),
    ],
    stances=[st("Saraya Awliya al-Dam", "claimed", "Saraya Awliya al-Dam"),
             st("Kataib Sayyid al-Shuhada", "suspected", "senior Iraqi security official, via The Guardian")],
    incidents=[inc("2044-03-12", "day", "Victory base complex, Baghdad international airport", "Baghdad", "Iraq", "rocket", "impact"),
               inc("2044-03-01", "month", "Baghdad airport cargo terminal", "Baghdad", "Iraq", "drone", "intercepted")],
    checks=[("late on Saturday", "2044-03-12")],
    note="The Guardian online: headline, standfirst, 'Tom Ashworth in Baghdad' (reporter's base, no dateline), "
         "'Mon 14 Mar 2044 11.20 GMT', curly marks, British spelling ('Mobilisation', 'defences'). At least three "
         "rockets hit the Victory base complex 'late on Saturday', damaging a warehouse, nobody hurt: rocket, "
         "impact, Baghdad; the fourth rocket left on the launcher in Radwaniyah belongs to the attack (convention). "
         "Saraya Awliya al-Dam's Telegram claim (partial quote, posted 'on Sunday'): claimed, named as the text "
         "gives it (not in the gazetteer). 'The same group claimed responsibility earlier this month for a drone "
         "that Iraqi air defences shot down': drone, intercepted, precision month, under the same claimed pair. "
         "The senior security official: 'investigators believed the launch team was probably linked to Kataib "
         "Sayyid al-Shuhada' (hedged, 'believed ... probably'): suspected KSS via The Guardian; his two quotes "
         "(split by 'the official said') name no group. 'did not respond to a request for comment': no stance. "
         "'Iran-aligned factions': no stance. The PM's spokesperson: partial quote, then two quotes split by 'he "
         "said'; names nobody (no unattributed pair, a claim exists). The US embassy's words are reported speech, "
         "not marked. The January 2020 Baghdad airport strike and the Popular Mobilisation Forces: history, no "
         "stance, no incident. The researcher's two-paragraph quote: the first paragraph opens with a mark and is "
         "left open at its end (a quote ending at the paragraph end), the second reopens and ends with 'she said'.",
)
A["s03_wapo_conoco_drone"] = dict(
    published_on="2044-05-18",  # Wednesday
    meta=dict(outlet="The Washington Post", dateline=None,
              headline="Pentagon blames Iraqi militia for drone attack that wounded four U.S. troops in Syria"),
    quotes=[
        ("We assess that this attack was carried out by Harakat al-Nujaba, an Iranian proxy group that has attacked U.S. forces before,", "Sandra Keely", "Pentagon press secretary"),
        ("The drone was launched from Iraqi territory and flew a route we have seen this group use.", "Sandra Keely", "Pentagon press secretary"),
        ("We will respond at a time and place of our choosing, and we will hold accountable those who attack our people,", "Sandra Keely", "Pentagon press secretary"),
        ("the continued American occupation of Syrian land.", "Islamic Resistance in Iraq", None),
        ("had no role in the operation at Conoco", "Harakat al-Nujaba", None),
        ("searching for a pretext to escalate.", "Harakat al-Nujaba", None),
        ("They can say what they like on Telegram,", "Sandra Keely", "Pentagon press secretary"),
        ("We have the evidence.", "Sandra Keely", "Pentagon press secretary"),
        ("For a long time, the administration preferred to talk about ‘Iran-aligned groups’ as a category. Naming a specific militia puts pressure on Baghdad, because Nujaba has political allies there,", "Michael Dorsey", "former Pentagon official who now studies Iraqi armed groups at the Atlantic Security Project"),
        ("It also narrows the list of targets if the president decides to hit back.", "Michael Dorsey", "former Pentagon official who now studies Iraqi armed groups at the Atlantic Security Project"),
        ("any use of Iraqi territory to attack neighboring countries or foreign forces.", "Iraqi government spokesman", None),
    ],
    stances=[st("Harakat al-Nujaba", "assessed", "Sandra Keely, Pentagon"),
             st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq"),
             st("Harakat al-Nujaba", "denied", "Harakat al-Nujaba")],
    incidents=[inc("2044-05-16", "day", "Mission Support Site Conoco", "Deir ez-Zor", "Syria", "drone", "impact"),
               inc("2044-05-01", "month", "near Mission Support Site Conoco", "Deir ez-Zor", "Syria", "drone", "intercepted")],
    checks=[("in eastern Syria on Monday", "2044-05-16")],
    note="Washington Post web story: headline, dek, 'By ... and ...', 'May 18, 2044 at 7:12 p.m. EDT', no "
         "dateline, curly marks, single curly marks inside a quote ('Iran-aligned groups' is part of the analyst's "
         "quote, no mark of its own). A one-way drone hit a maintenance building at MSS Conoco 'on Monday', four "
         "wounded: drone, impact, Deir ez-Zor. The press secretary, named as 'Pentagon press secretary Maj. Gen. "
         "Sandra Keely' (role before the name, rank dropped): 'We assess that this attack was carried out by "
         "Harakat al-Nujaba': firm, on the record: assessed, asserted by her for the Pentagon. Her first quote "
         "paragraph is left open at its end and continued in the next paragraph ending with 'she said'; later "
         "'Keely dismissed the statement' and two short quotes split by 'she said'. The Islamic Resistance in "
         "Iraq's Telegram claim 'late Monday' (partial quote, period inside the mark): claimed; 'an umbrella for "
         "Iran-backed militias' and Nujaba as 'one of the umbrella's most prominent members': membership and "
         "sponsor, no further stance. 'The group also claimed responsibility for a drone that U.S. forces shot "
         "down near the same base earlier this month': drone, intercepted, precision month, under the same "
         "claimed pair. Nujaba's statement 'Wednesday' that it 'had no role in the operation at Conoco': denied "
         "(two partial quotes). The analyst says naming Nujaba 'puts pressure on Baghdad' but attributes nothing "
         "himself. The Iraqi spokesman's rejection of the use of Iraqi territory: no stance. The Gaza-war wave of "
         "2023-24 and Tower 22: history, no stance, no incident; the SDF and Islamic State remnants: background.",
)
A["s04_cnn_gulf_of_aden_missile"] = dict(
    published_on="2044-06-24",  # Friday
    meta=dict(outlet="CNN", dateline="Abu Dhabi",
              headline="US Navy shoots down Houthi missile fired at oil tanker in Gulf of Aden"),
    quotes=[
        ("Iran-backed Houthi terrorists launched one anti-ship ballistic missile from Houthi-controlled areas of Yemen toward the M/V Marisol Dawn,", "US Central Command", None),
        ("These reckless attacks threaten the lives of innocent mariners and the free flow of commerce.", "US Central Command", None),
        ("a number of appropriate ballistic missiles", "Abdulkarim al-Mahdi", "Houthis’ military spokesman"),
        ("accurate and direct.", "Abdulkarim al-Mahdi", "Houthis’ military spokesman"),
        ("continue the aggression against our people,", "Abdulkarim al-Mahdi", "Houthis’ military spokesman"),
        ("stay away from the ports of the enemy.", "Abdulkarim al-Mahdi", "Houthis’ military spokesman"),
        ("in the vicinity", "UK Maritime Trade Operations agency", None),
        ("The insurance market is watching this very closely,", "Lars Nyberg", "head of maritime risk at the Oslo-based consultancy Skagen Analytics"),
        ("One missile that gets through, and you will see war-risk premiums for the Gulf of Aden double within a week.", "Lars Nyberg", "head of maritime risk at the Oslo-based consultancy Skagen Analytics"),
        ("It is not a solution, but it is what they can do,", "Lars Nyberg", "head of maritime risk at the Oslo-based consultancy Skagen Analytics"),
    ],
    stances=[st("Houthis", "assessed", "US Central Command"),
             st("Houthis", "claimed", "Abdulkarim al-Mahdi, Houthis")],
    incidents=[inc("2044-06-23", "day", "Gulf of Aden, about 60 nautical miles south-east of Aden", None, None, "missile", "intercepted"),
               inc("2044-06-17", "week", "southern Red Sea", None, None, "drone", "intercepted")],
    checks=[("Gulf of Aden on Thursday", "2044-06-23")],
    note="CNN web story: headline, 'By ..., CNN', 'Updated 9:41 AM EDT, Fri June 24, 2044', dateline 'Abu Dhabi "
         "(CNN) —', curly marks, a closing contributor line. An anti-ship ballistic missile fired at the tanker "
         "'on Thursday' and shot down by a US destroyer, no damage: missile, intercepted, at sea (no admin1, no "
         "country). CENTCOM's statement on X in marks ('Iran-backed Houthi terrorists launched one anti-ship "
         "ballistic missile from Houthi-controlled areas'): firm, from a military command: assessed Houthis, "
         "asserted by US Central Command (the organisation as the text first gives it, without the acronym). "
         "The Houthi military spokesman's televised statement (named person, rank dropped; partial quotes, "
         "periods and commas inside the marks as CNN sets them) that the group 'had targeted the tanker': claimed, "
         "asserted through the spokesman and the group by analogy with the press-statement convention "
         "('Abdulkarim al-Mahdi, Houthis'). CNN's note that the claim of a hit contradicts the US account: no "
         "stance. UKMTO's 'in the vicinity': no stance. 'Last week, CENTCOM said, a coalition helicopter "
         "destroyed a Houthi explosive-laden boat as it sped toward a bulk carrier in the southern Red Sea': "
         "explosive boat counts as a drone, intercepted, precision week, at sea, and CENTCOM's firm 'Houthi' "
         "falls under the same assessed pair; 'The Houthis have not commented on that incident': no stance. "
         "'Iran-backed', 'Iran-aligned': sponsor, no stance. The 2014 seizure of Sanaa and the 2023 shipping "
         "campaign: history. The analyst names nobody; 'Nyberg said' then a quote closed by 'he said'.",
)
A["s05_aljazeera_metula_rockets"] = dict(
    published_on="2044-08-07",  # Sunday
    meta=dict(outlet="Al Jazeera English", dateline=None,
              headline="Two groups claim rocket fire from south Lebanon as Israel points at Hamas"),
    quotes=[
        ("in response to the enemy’s crimes against our people in the south", "al-Fajr Forces", None),
        ("We believe that Hamas operatives in the Rashidieh area fired these rockets, possibly with the knowledge of others,", "Avi Sharoni", "Israeli military spokesman"),
        ("We hold the Lebanese state responsible for every launch from its territory.", "Avi Sharoni", "Israeli military spokesman"),
        ("had nothing to do with", "Hezbollah official", None),
        ("People here are afraid that any rocket, whoever fires it, will bring a much bigger response,", "Hiba Nasrallah", None),
        ("Farmers have stopped going to their fields near the border.", "Hiba Nasrallah", None),
        ("Smaller groups want to show they are still relevant, and sometimes a claim is simply a way of sending a message. What matters is who allowed the launch to happen,", "Karim Mrad", "fellow at the Beirut-based Levant Policy Institute"),
    ],
    stances=[st("al-Fajr Forces", "claimed", "al-Fajr Forces"),
             st("Lebanese Liberation Brigade", "claimed", "Lebanese Liberation Brigade"),
             st("Hamas", "suspected", "Avi Sharoni, Israeli military"),
             st("Hezbollah", "denied", "Hezbollah official, via Al Jazeera English")],
    incidents=[inc("2044-08-06", "day", "open area near Metula", "Northern District", "Israel", "rocket", "impact")],
    checks=[("launched on Saturday afternoon", "2044-08-06")],
    note="Al Jazeera English web story: headline, standfirst, 'By ...', 'Published On 7 Aug 2044', no dateline, "
         "curly marks, British spelling. Four rockets from near Tyre 'on Saturday afternoon', three intercepted and "
         "one in an open area near Metula: one incident, rocket, impact (convention: three of four intercepted), "
         "placed where the rocket fell (Northern District, Israel); the launch pad with two unfired rockets near "
         "Qlayleh belongs to the attack. Competing claims: the al-Fajr Forces' statement (partial quote; 'the armed "
         "wing of Lebanon's Jamaa Islamiya' is membership, no stance for the party) and a previously unknown "
         "'Lebanese Liberation Brigade' on Telegram (no marks; name as the text gives it, leading article dropped): "
         "two claimed pairs. The Israeli military spokesman (role from 'An Israeli military spokesman, Lieutenant "
         "Colonel Avi Sharoni', rank dropped): 'the army said it believed', 'initial assessment', 'We believe that "
         "Hamas operatives ... fired these rockets, possibly ...': hedged, suspected Hamas, asserted by him for the "
         "Israeli military (not assessed: 'believe' and 'initial'). 'We hold the Lebanese state responsible for "
         "every launch from its territory': no stance for Lebanon (convention). The unnamed Hezbollah official "
         "speaking to Al Jazeera: denied via the outlet. 'Hamas did not comment': no stance. No 'nobody claimed' "
         "line, so no unattributed pair. The correspondent's quote (named, no role given) and the fellow's quote "
         "name nobody. The November 2024 ceasefire and Israel blaming Hamas for the April 2023 Passover barrage: "
         "history, no stance, no incident.",
)
A["s06_shafaq_babil_convoy_ied"] = dict(
    published_on="2044-09-20",  # Tuesday
    meta=dict(outlet="Shafaq News", dateline=None,
              headline="IED targets coalition supply convoy in Babil; no claim of responsibility"),
    quotes=[
        ("Security forces cordoned off the area and a team from the explosives unit arrived to examine the remains of the device, which was planted on the side of the road,", "security source", None),
        ("these attacks harm the reputation of the province and the livelihood of the drivers, who are Iraqis working to feed their families.", "Haider al-Janabi", "head of the Jableh district council"),
        ("We call on the security services to intensify their presence on the highway, especially at night, because the road has become a target for these outlaw groups,", "Haider al-Janabi", "head of the Jableh district council"),
        ("the supply lines of the occupier.", "Ashab al-Kahf", None),
        ("have not yet determined whether the two attacks are connected,", "security source", None),
        ("of a similar local manufacture.", "security source", None),
        ("is a message from the armed factions at a sensitive political moment,", "Sattar al-Bakri", "security analyst"),
        ("The factions do not need to claim every attack. Sometimes silence itself is a message,", "Sattar al-Bakri", "security analyst"),
    ],
    not_quotes=["Ashab al-Kahf", "Qasim al-Jabbarin", "Rab'allah"],
    stances=[st(None, "unattributed", None),
             st("Ashab al-Kahf", "claimed", "Ashab al-Kahf")],
    incidents=[inc("2044-09-19", "day", "Babil-Diwaniyah highway near Jableh, north of Al-Hillah", "Babil", "Iraq", "ied", "impact"),
               inc("2044-09-13", "week", "Al-Batha area, west of Al-Nasiriyah", "Dhi Qar", "Iraq", "ied", "impact")],
    checks=[("on Monday evening", "2044-09-19")],
    note="Shafaq News English: headline, 'YYYY-MM-DD HH:MM' timestamp, 'Shafaq News/' opening the first "
         "paragraph (no city dateline), straight marks, 'told Shafaq News Agency', 'the source explained', "
         "'Al-Janabi added'. An IED hit the third truck of a coalition supply convoy on the Babil-Diwaniyah "
         "highway near Jableh 'on Monday evening', trailer damaged, no casualties: ied, impact, Babil. 'No party "
         "has claimed responsibility for the attack so far': unattributed. The security source (bare role; three "
         "quotes, two of them partial) and the district council head (partial quote after 'told ... that', then a "
         "full quote closed by 'Al-Janabi added'; 'outlaw groups' names nobody) attribute nothing. 'Last week, a "
         "similar device targeted a coalition convoy in the Al-Batha area ... damaging a truck': ied, impact, "
         "precision week, Dhi Qar; 'A faction calling itself \"Ashab al-Kahf\" claimed responsibility ... on "
         "Telegram': claimed, the name in marks is a not_quote, its 'the supply lines of the occupier.' is a quote "
         "(period inside the mark). The analyst's 'armed factions' and 'The factions do not need to claim every "
         "attack' name nobody. The 2020-21 convoy attacks claimed by \"Qasim al-Jabbarin\" and \"Rab'allah\" "
         "(names in marks: not_quotes) 'described as fronts for prominent armed factions': history, no stance, no "
         "incident. The coalition's end of combat mission in December 2021: background.",
)
A["s07_asharq_mayadin_checkpoint"] = dict(
    published_on="2044-10-13",  # Thursday
    meta=dict(outlet="Asharq Al-Awsat", dateline="Beirut",
              headline="ISIS Claims Deadly Attack on Army Checkpoint in Syria's Deir Ezzor"),
    quotes=[
        ("terrorist ISIS cells", "Syrian Ministry of Defense", None),
        ("Our forces will pursue the remnants of these gangs into their hideouts and will not allow them to threaten the security of our people in the east,", "Syrian Ministry of Defense", None),
        ("killed and wounded a number of members of the regime army", "Islamic State", None),
        ("They knew the position well. They attacked during the change of shift, when the soldiers were at their weakest,", "military source", None),
        ("The army holds the towns and the main roads, but the Badia is huge and the cells move in small numbers. They do not need to hold territory to remain dangerous,", "Anas Khalil", "Syrian researcher"),
        ("shows a level of planning and reconnaissance that we had not seen for some time.", "Anas Khalil", "Syrian researcher"),
    ],
    stances=[st("Islamic State", "assessed", "Syrian Ministry of Defense"),
             st("Islamic State", "claimed", "Islamic State, via Amaq"),
             st(None, "unattributed", None)],
    incidents=[inc("2044-10-11", "day", "military checkpoint on the outskirts of Mayadin", "Deir ez-Zor", "Syria", "small-arms", "impact"),
               inc("2044-09-01", "month", "near Palmyra", "Homs", "Syria", "ied", "impact")],
    checks=[("late Tuesday", "2044-10-11")],
    note="Asharq Al-Awsat English: headline in title case, subhead, 'Beirut - Asharq Al-Awsat' dateline line, "
         "'Thursday, 13 October, 2044 - 05:30', straight marks, 'Deir Ezzor' spelling (admin1 given as Deir "
         "ez-Zor). Gunmen with machine guns and RPGs attacked a checkpoint outside Mayadin 'late Tuesday', five "
         "soldiers killed: small-arms (RPGs alongside machine guns in a ground assault), impact; the source's "
         "'shortly before midnight' agrees with the date. The ministry's statement ('\"terrorist ISIS cells\" had "
         "carried out the attack'): firm, a government: assessed Islamic State, asserted by the ministry, named as "
         "the text first gives it ('the Syrian Ministry of Defense', adjective kept, article dropped); its second "
         "quote is the statement's words in marks. 'On Wednesday, ISIS claimed responsibility ... through its "
         "Amaq news agency': claimed, via Amaq (partial quote, speaker Islamic State). The monitor's toll is "
         "reported speech. The military source and the researcher name no group beyond 'the cells'. 'Last month, "
         "a roadside bomb struck a bus carrying soldiers near Palmyra ... No party claimed responsibility for that "
         "bombing': ied, impact, precision month, Homs, and the unattributed pair. ISIS's 2014 caliphate and "
         "Baghouz 2019: history, no stance, no incident. Families leaving 'on Wednesday morning': no incident.",
)
A["s08_newarab_khor_mor_drone"] = dict(
    published_on="2044-11-16",  # Wednesday
    meta=dict(outlet="The New Arab", dateline=None,
              headline="Drone attack halts production at Kurdistan's Khor Mor gas field"),
    quotes=[
        ("use electricity sparingly until the situation returns to normal", "Ministry of Electricity", None),
        ("most probably", "senior Kurdish security official", None),
        ("The investigation is still at an early stage, but the direction the drone came from and the type of explosives point to the same people who attacked the field before,", "senior Kurdish security official", None),
        ("baseless and aimed at stirring strife between the components of the Iraqi people", "Asaib Ahl al-Haq", None),
        ("an act of terrorism against the livelihoods of millions of citizens", "Dilshad Rasul", "Kurdistan Region government spokesman"),
        ("name and punish those responsible", "Dilshad Rasul", "Kurdistan Region government spokesman"),
        ("This is not the first attack on Khor Mor and, unless the federal government acts, it will not be the last,", "Dilshad Rasul", "Kurdistan Region government spokesman"),
        ("We have given Baghdad the information we have. We are waiting for action, not for another committee.", "Dilshad Rasul", "Kurdistan Region government spokesman"),
    ],
    stances=[st(None, "unattributed", None),
             st("Asaib Ahl al-Haq", "suspected", "senior Kurdish security official, via The New Arab"),
             st("Asaib Ahl al-Haq", "denied", "Asaib Ahl al-Haq")],
    incidents=[inc("2044-11-13", "day", "Khor Mor gas field, Chamchamal district", "Sulaimaniyah", "Iraq", "drone", "impact")],
    checks=[("set a condensate storage tank ablaze late Sunday", "2044-11-13")],
    note="The New Arab: headline, standfirst, 'The New Arab Staff & Agencies', '16 November, 2044', no dateline, "
         "straight marks. A drone set a condensate tank ablaze at Khor Mor 'late Sunday' (standfirst and body), "
         "production suspended: drone, impact, Sulaimaniyah province as the text spells it. 'No group has claimed "
         "responsibility for the attack' (and the standfirst's 'No group has claimed the attack'): unattributed. "
         "The senior Kurdish security official to The New Arab: '\"most probably\" launched from an area ... "
         "controlled by armed groups affiliated with Asaib Ahl al-Haq': hedged, suspected AAH via the outlet "
         "(judgement call: 'groups affiliated with' taken as pointing at AAH itself). AAH's political bureau "
         "statement 'on Tuesday' calling the claims 'baseless': denied, speaker the group (canonical name). The "
         "KRG spokesman (role before the name) calls it terrorism and asks Baghdad to name the culprits: no "
         "stance; surname 'Rasul said' splits two quotes. The ministry's partial quote names nobody. The power "
         "cuts on Monday and Tuesday are consequences, no incident. The 2022 attacks and the April 2024 drone "
         "strike that killed four Yemeni workers: history, no stance, no incident. The PM's office's committee: no "
         "stance.",
)
A["s09_defensenews_al_asad_interceptor"] = dict(
    published_on="2044-12-05",  # Monday
    meta=dict(outlet="Defense News", dateline="WASHINGTON",
              headline="Army’s new drone interceptor scores first combat kill over Iraqi base"),
    quotes=[
        ("It did exactly what it was designed to do,", "Marcus Delaney", "head of the Army’s program office for counter-small unmanned aircraft systems"),
        ("The soldiers on that battery had trained for this for months, and when the moment came, the system and the crew both performed.", "Marcus Delaney", "head of the Army’s program office for counter-small unmanned aircraft systems"),
        ("What matters to us is the cost curve. For years we were shooting down a drone worth tens of thousands of dollars with a missile worth a few hundred thousand. Kestrel changes that math,", "Marcus Delaney", "head of the Army’s program office for counter-small unmanned aircraft systems"),
        ("a suitable drone", "Islamic Resistance in Iraq", None),
        ("appears to have been launched by Kataib Hezbollah", "defense official", None),
        ("engaged and destroyed", "Lauren Pike", "U.S. Central Command spokesperson"),
        ("They want Congress to see a cheap interceptor working in the real world before the budget markup,", "Tom Reiner", "senior fellow at the Center for Defense Futures"),
        ("But one intercept is not a trend. The harder question is what happens when the militias send six or eight drones at the same time.", "Tom Reiner", "senior fellow at the Center for Defense Futures"),
    ],
    stances=[st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq"),
             st("Kataib Hezbollah", "suspected", "defense official, via Defense News"),
             st(None, "unattributed", None)],
    incidents=[inc("2044-12-01", "day", "Al-Asad Air Base", "Anbar", "Iraq", "drone", "intercepted"),
               inc("2044-11-01", "month", "coalition air base at Erbil International Airport", "Erbil", "Iraq", "rocket", "impact")],
    checks=[("western Iraq on Thursday", "2044-12-01")],
    note="Defense News: headline, 'By ...', 'Dec 5, 2044, 02:43 PM', dateline 'WASHINGTON —', curly marks, US "
         "spelling. A one-way attack drone approaching Al-Asad 'on Thursday' destroyed by a Kestrel interceptor, no "
         "damage: drone, intercepted, Anbar. The program head (appositive, rank dropped): a quote paragraph left "
         "open at its end and continued in the next, closed by 'Delaney said'. The Islamic Resistance in Iraq's "
         "Telegram claim of attacking the base 'with \"a suitable drone\" on Thursday evening': claimed "
         "('Iran-backed': no stance). One of the two unnamed defense officials: the drone 'appears to have been "
         "launched by Kataib Hezbollah' with the caution that the investigation continues: hedged, suspected KH "
         "via Defense News. The CENTCOM spokesperson (appositive role, rank dropped) 'declined to say who launched "
         "it': no stance, and no unattributed pair for Thursday (a claim exists). 'Last month, two rockets struck "
         "the coalition air base at Erbil International Airport, lightly wounding a contractor. No group claimed "
         "responsibility for that attack': rocket, impact, precision month, Erbil, and the unattributed pair. "
         "Iran's January 2020 missile strike on Al-Asad after Soleimani's killing: history, no stance, no incident "
         "(a state's real past attack). Yuma tests and the budget: background. The analyst names nobody.",
)
A["s10_xinhua_kirkuk_is_attack"] = dict(
    published_on="2044-12-28",  # Wednesday
    meta=dict(outlet="Xinhua", dateline="BAGHDAD",
              headline="3 Iraqi soldiers killed in IS attack in Kirkuk"),
    quotes=[
        ("A number of terrorist IS remnants carried out a cowardly attack against one of our army positions in Wadi al-Shay, resulting in the martyrdom of three heroes and the injury of two others,", "Security Media Cell", None),
        ("The area is full of caves and orchards, which makes it a safe haven for IS remnants who move between Kirkuk, Salahudin and Diyala provinces,", "local security source", None),
    ],
    stances=[st("Islamic State", "assessed", "Security Media Cell"),
             st(None, "unattributed", None)],
    incidents=[inc("2044-12-27", "day", "army post in Wadi al-Shay area, southwest of Kirkuk city", "Kirkuk", "Iraq", "small-arms", "impact"),
               inc("2044-12-01", "month", "near Tuz Khurmato", "Salahuddin", "Iraq", "ied", "impact")],
    checks=[("on Tuesday night", "2044-12-27")],
    note="Xinhua English wire: headline with a numeral, 'Source: Xinhua', 'Editor: ...', timestamp, dateline "
         "'BAGHDAD, Dec. 28 (Xinhua) --', straight marks, the closing boilerplate on IS remnants. IS militants "
         "attacked an army post in Wadi al-Shay 'on Tuesday night' with light and medium weapons, three soldiers "
         "killed: small-arms, impact, Kirkuk. The Security Media Cell's statement ('A number of terrorist IS "
         "remnants carried out a cowardly attack'): firm, from the military: assessed Islamic State (canonical for "
         "'IS'), asserted by the Security Media Cell (named as the text gives it; 'which belongs to the Iraqi Joint "
         "Operations Command' is an appositive, not part of the name); Xinhua's own 'IS militants attacked' follows "
         "that source, no second pair. 'No group has so far claimed responsibility for the attack': unattributed, "
         "beside the assessment. The local security source's quote describes IS remnants' movements in general: "
         "no further stance. The governor's condemnation is reported speech. 'Earlier this month, two members of "
         "the Popular Mobilization Forces were killed ... when a roadside bomb struck their vehicle near ... Tuz "
         "Khurmato in Salahudin province ... No group claimed responsibility for that attack either': ied, "
         "impact, precision month, Salahuddin, covered by the same unattributed pair; the PMF are the victims and "
         "the source of the report, no stance. The 2017 defeat of IS boilerplate: history, no stance.",
)

write_corpus(D, A)
