"""Hand annotations of the sixteenth held-out corpus (tests/corpus_heldout16).

Written blind, from scratch, by someone who had not seen the extractor's code (db/), its tests, its development
or scores, or the texts of any earlier corpus, and annotated without running the extractor, `threatdesk import`
or any script other than this one. Same format and checks as tests/corpus_heldout12/annotate.py (shared in
tests/corpus_tools.py): each quote is the exact text typed by hand; its offsets come from str.find on the .txt
(each must occur once, sit right after an opening mark and end at a closing mark or at the end of its
paragraph). Marks that are deliberately not quotes would be listed in not_quotes (none in this corpus).
Run `python tests/corpus_heldout16/annotate.py` to rewrite the .json files after editing an annotation.

The conventions below are copied from tests/corpus_heldout12/annotate.py and followed exactly.

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

Conventions added in heldout12: 'yesterday' in a briefing is published_on minus one day, precision day (no
weekday check applies). A denial by an unnamed official carried by another outlet is asserted by the bare
role via that outlet ('Hezbollah official, via Al-Akhbar'); a suspicion that an outlet reports from a news
agency is asserted via the agency that heard it ('Jordanian security official, via Reuters'). A press
statement issued in a spokesperson's name asserts through that person and the department ('Claire Sutton,
Department of State'). A minister holding a state 'responsible for every launch from its territory' is no
attribution of the attack (no stance for the state), and a retaliatory strike by a state army on a launch site
is no incident.

New situations in this corpus (all publication dates in 2037): outlets not used in heldout12 (The Independent
with a standfirst and 'Wednesday 14 January 2037 11:26 GMT', Politico with upper-case bylines and
'02/11/2037 06:12 PM EST', Al Arabiya English with 'Published: 05 March ,2037: 02:37 PM GST', Bloomberg with
'(Bloomberg) --' and a '--With assistance from' line, the Los Angeles Times with 'BEIRUT —' and 'The Times' for
itself, The Times (London) with 'Defence Correspondent' and '12.01am, The Times', Reuters with
'BAGHDAD, July 15 (Reuters) -' and a closing credit line, the Associated Press with 'DUBAI, United Arab
Emirates (AP) —' and a contributor line, AFP with 'Beirut (AFP) –' and a DD/MM/YYYY date). Situations: an
unclaimed drone attack with a hedged suspicion by an unnamed British official ('initial indications pointed
to'); a hedged suspicion by 'two U.S. defense officials' (the DESIGN example) beside an umbrella's claim; a
ministry's firm attribution and the group's spokesman's televised claim; Iran suspected by a US official and
denied by its foreign ministry spokesman, with an unclaimed limpet mine; competing claims by Islamic State and a
tribal front; 'security sources' naming Hezbollah as 'the obvious candidate' and Hezbollah's denial; a regional
ministry's firm attribution to Asaib Ahl al-Haq and an unnamed group official's denial to Rudaw; a new front
group's claim and Kataib Hezbollah's denial to Reuters; CENTCOM's firm 'was launched by the Iran-backed Houthis'
beside the Houthis' claim; a ministry's firm blame on Daesh while no group has claimed. Details per article in
each note.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_tools import inc, st, write_corpus  # noqa: E402

D = Path(__file__).resolve().parent


A = {}
A["s01_independent_erbil_drones"] = dict(
    published_on="2037-01-14",  # Wednesday
    meta=dict(outlet="The Independent", dateline=None,
              headline="British troops unhurt after drone attack on Erbil airbase, MoD says"),
    quotes=[
        ("not be deterred", "Laura Whitcombe", "Defence Secretary"),
        ("Our people did exactly what they were trained to do, and I want to thank them and our coalition partners for the speed of the response,", "Laura Whitcombe", "Defence Secretary"),
        ("Those who launched these drones should be under no illusion. We will protect our personnel.", "Laura Whitcombe", "Defence Secretary"),
        ("We are not going to point fingers until we are sure,", "British defence official", None),
        ("But the type of drone and the direction it came from are familiar.", "British defence official", None),
        ("a crime against the people of Kurdistan and against the sovereignty of Iraq", "Dilan Sabir", "spokesperson for the Kurdistan Regional Government"),
        ("Unclaimed attacks let these groups keep up the pressure on the coalition without paying a political price in Baghdad,", "Rasha Nouri", "Iraq researcher at Chatham House"),
        ("Nobody has to answer for them, and everybody understands who they are aimed at.", "Rasha Nouri", "Iraq researcher at Chatham House"),
    ],
    stances=[st(None, "unattributed", None),
             st("Kataib Hezbollah", "suspected", "British defence official, via The Independent")],
    incidents=[inc("2037-01-11", "day", "Erbil International Airport", "Erbil", "Iraq", "drone", "intercepted"),
               inc("2037-01-01", "month", "Erbil International Airport, perimeter of the base", "Erbil", "Iraq", "rocket", "impact")],
    checks=[("late on Sunday", "2037-01-11")],
    note="The Independent online: headline, standfirst, byline without title, 'Wednesday 14 January 2037 11:26 GMT', "
         "no dateline, straight marks, British spelling ('defence', 'Dr' without a point). Two explosive-laden drones "
         "shot down near Erbil International Airport 'late on Sunday', 'shortly before midnight', debris in an empty "
         "field: one incident, drone, intercepted, Erbil. 'No group has claimed responsibility for the attack': the "
         "unattributed pair. The Defence Secretary (role before the name) in a partial quote, then two quotes split by "
         "'she said in a statement on Monday' (the statement's day, no incident). 'A British defence official, speaking "
         "on condition of anonymity, told The Independent that initial indications pointed to Kataib Hezbollah ... but "
         "stressed that the investigation was at an early stage': hedged, suspected KH, asserted by the bare role via "
         "The Independent (the outlet heard it); his two quotes ('the official said' between them) name nobody. 'one of "
         "several Iran-backed militias': sponsor, no stance. 'Kataib Hezbollah did not respond': no stance. The KRG "
         "spokesperson's partial quote names nobody. 'Earlier this month a rocket landed near the perimeter of the same "
         "base ... That attack has not been claimed either': rocket, impact (landed, not intercepted), 2037-01-01 "
         "precision month, under the same unattributed pair. The February 2021 rocket attack claimed by Saraya Awliya "
         "al-Dam (real, unquoted): history, no stance, no incident. 'Dr Rasha Nouri' (title dropped) introduced in one "
         "paragraph, then 'she said' between two quotes and 'Nouri added' (surname back-reference, no quote).",
)
A["s02_politico_tanf_drone"] = dict(
    published_on="2037-02-11",  # Wednesday
    meta=dict(outlet="Politico", dateline=None,
              headline="Officials point to Kataib Hezbollah in drone strike that wounded 4 US troops in Syria"),
    quotes=[
        ("It has all the hallmarks of KH,", "U.S. defense official", None),
        ("Same type of drone, same launch area, same playbook.", "U.S. defense official", None),
        ("the occupation base at al-Tanf", "Islamic Resistance in Iraq", None),
        ("We're not going to get ahead of the investigation on attribution,", "Dana Whitfield", "Pentagon press secretary"),
        ("What I can tell you is that the secretary has been clear: we will respond at a time and place of our choosing.", "Dana Whitfield", "Pentagon press secretary"),
        ("Every few weeks we read about another drone getting through and another round of American service members being treated for injuries. We are fortunate that this time nobody was killed.", "Mark Delaney", "member of the Senate Armed Services Committee"),
        ("The administration knows exactly who is doing this and who is paying for it. I want to know what it intends to do about it before our luck runs out.", "Mark Delaney", "member of the Senate Armed Services Committee"),
        ("You can add sensors and you can add interceptors, but the other side only has to get lucky once,", "Grant Heisler", "former Army officer who served at al-Tanf and is now a fellow at the Center for a New American Security"),
    ],
    stances=[st("Kataib Hezbollah", "suspected", "two U.S. defense officials, via Politico"),
             st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq")],
    incidents=[inc("2037-02-09", "day", "al-Tanf garrison", "Homs", "Syria", "drone", "impact"),
               inc("2037-02-04", "week", "Mission Support Site Conoco", "Deir ez-Zor", "Syria", "rocket", "impact")],
    checks=[("in southern Syria on Monday", "2037-02-09")],
    note="Politico: headline, subhead, upper-case two-name byline, '02/11/2037 06:12 PM EST', no dateline, straight "
         "marks, 'POLITICO' in capitals. A one-way drone struck near a living area at al-Tanf 'on Monday', four troops "
         "with minor injuries: drone, impact, Homs governorate (al-Tanf lies in Homs; judgement call from geography). "
         "'U.S. defense officials believe ... Kataib Hezbollah was likely behind ... according to two officials "
         "familiar with the initial assessment' and 'cautioned that the assessment was preliminary': hedged, suspected "
         "KH, asserted by 'two U.S. defense officials, via Politico' (the DESIGN example); the quoted one is the bare "
         "role 'U.S. defense official' (two quotes split by 'one of the officials told POLITICO'). The Islamic "
         "Resistance in Iraq, 'an umbrella of Iran-aligned militias that includes Kataib Hezbollah' (membership and "
         "sponsor, no further stance), claimed on Telegram (partial quote): claimed IRI; 'The group also claimed a "
         "rocket attack last week on Mission Support Site Conoco ... where the rockets landed outside the perimeter': "
         "rocket, impact, 2037-02-04 precision week, Deir ez-Zor, under the same claimed pair. The press secretary "
         "'declined to say who was responsible' while a claim exists: no pair; her briefing 'on Tuesday' is no "
         "incident. The senator ('Sen. Mark Delaney (R-Okla.)', title and party dropped; role from the appositive) "
         "'said in a statement:' closing a paragraph, then a two-paragraph quote (first paragraph left open); 'who is "
         "paying for it' names nobody. 'Kataib Hezbollah has not commented': no stance. Tower 22 in January 2024 'which "
         "the Biden administration blamed on the Islamic Resistance in Iraq': history, no stance, no incident. The "
         "former officer's single quote with 'he said'.",
)
A["s03_alarabiya_jazan_drones"] = dict(
    published_on="2037-03-05",  # Thursday
    meta=dict(outlet="Al Arabiya English", dateline=None,
              headline="Saudi air defenses intercept Houthi drones targeting Jazan"),
    quotes=[
        ("The terrorist Houthi militia continues its hostile and deliberate attempts to target civilians and civilian objects in the Kingdom,", "Nasser al-Harbi", "Ministry spokesman"),
        ("These attempts are a flagrant violation of international humanitarian law,", "Nasser al-Harbi", "Ministry spokesman"),
        ("and the Kingdom will take all necessary measures to protect its territory and its people.", "Nasser al-Harbi", "Ministry spokesman"),
        ("sensitive sites in Jazan", "Abdulkarim al-Murtada", "Houthi military spokesman"),
        ("the continued siege and aggression", "Abdulkarim al-Murtada", "Houthi military spokesman"),
        ("in the depth of Saudi territory.", "Abdulkarim al-Murtada", "Houthi military spokesman"),
        ("The windows shook and my children woke up crying,", "resident of Jazan's al-Rawdah district", None),
        ("We hoped this was all behind us.", "resident of Jazan's al-Rawdah district", None),
        ("The militia wants to show that it can still reach Saudi cities whenever negotiations do not go its way,", "Yousef al-Mazrou", "Saudi political analyst"),
        ("But the interceptions show that the cost of this pressure is rising for them, not for the Kingdom.", "Yousef al-Mazrou", "Saudi political analyst"),
        ("a dangerous escalation that threatens regional security and stability.", "Secretary-General", None),
    ],
    stances=[st("Houthis", "assessed", "Nasser al-Harbi"),
             st("Houthis", "claimed", "Abdulkarim al-Murtada")],
    incidents=[inc("2037-03-04", "day", "Jazan", "Jazan", "Saudi Arabia", "drone", "intercepted"),
               inc("2037-02-21", "day", "Najran", "Najran", "Saudi Arabia", "missile", "intercepted")],
    checks=[("toward the southern city of Jazan on Wednesday", "2037-03-04")],
    note="Al Arabiya English: headline, 'Al Arabiya English' byline, 'Published: 05 March ,2037: 02:37 PM GST' (the "
         "site's comma), no dateline, straight marks, American spelling, 'the Kingdom', 'Iran-backed Houthi militia'. "
         "Three explosive-laden drones toward Jazan 'on Wednesday', intercepted, shrapnel in an open area: drone, "
         "intercepted (falling debris does not make an impact), Jazan. The ministry spokesman ('Ministry spokesman "
         "Brig. Gen. Nasser al-Harbi', rank dropped, role as given) said the drones 'had been launched by the "
         "Iran-backed Houthi militia from Yemen's Hodeidah governorate' (unquoted), then quotes: firm, from a defence "
         "ministry: assessed Houthis, asserted by him ('Iran-backed' is sponsor, no stance for Iran). His second "
         "statement is split by 'he added,' into two quotes. 'The Houthis claimed responsibility ... In a televised "
         "statement, Houthi military spokesman Abdulkarim al-Murtada said' with three partial quotes (the last with the "
         "period inside): claimed Houthis, asserted by him ('He said' is the pronoun back-reference). 'On February 21, "
         "Saudi air defenses intercepted a ballistic missile fired toward Najran, which the ministry also said had been "
         "launched by the Houthis': missile, intercepted, day precision, Najran, under the same assessed pair. The "
         "unnamed resident (bare role from the text, 'he said' between two quotes) and the analyst ('Dr.' dropped; "
         "'al-Mazrou told Al Arabiya English' between two quotes) name nobody. The GCC's 'Its Secretary-General', never "
         "named: bare role, partial quote with the period inside. The April 2022 truce and the Houthis seizing Sanaa in "
         "2014: history, no stance, no incident.",
)
A["s04_bloomberg_fujairah_tanker"] = dict(
    published_on="2037-03-24",  # Tuesday
    meta=dict(outlet="Bloomberg", dateline=None,
              headline="Tanker Hit by Explosive Boat Off UAE Coast, Stoking Gulf Shipping Fears"),
    quotes=[
        ("The vessel is stable, all crew are accounted for and she is proceeding under her own power,", "Kallisto Maritime", "ship's manager"),
        ("baseless and repetitive accusations", "Kazem Rahimi", "foreign ministry spokesman"),
        ("Iran has always been the guarantor of security in the Persian Gulf and the Sea of Oman,", "Kazem Rahimi", "foreign ministry spokesman"),
        ("The market had largely priced out the risk of attacks on shipping in the Gulf of Oman, and now it's having to price it back in,", "Helena Marsh", "head of commodities research at Keswick Energy Partners in London"),
        ("One incident is noise. Two in a month is a pattern.", "Helena Marsh", "head of commodities research at Keswick Energy Partners in London"),
        ("closely following", "Ministry of Defence", None),
    ],
    stances=[st(None, "unattributed", None),
             st("Iran", "suspected", "US official, via Bloomberg"),
             st("Iran", "denied", "Kazem Rahimi")],
    incidents=[inc("2037-03-22", "day", "about 20 nautical miles east of Fujairah", None, None, "drone", "impact"),
               inc("2037-03-01", "month", "anchorage off Fujairah", None, None, "ied", "foiled")],
    checks=[("late Sunday", "2037-03-22")],
    note="Bloomberg web story: title-case headline, two-name byline, 'March 24, 2037 at 9:41 AM GMT+4', '(Bloomberg) "
         "--' opening the body (no dateline), straight marks, 'didn't', '1.8%', a closing '--With assistance from' "
         "line. The tanker 'struck by an explosive-laden boat ... late Sunday' about 20 nautical miles east of "
         "Fujairah, small fire, nobody hurt: drone (explosive-boat convention), impact, at sea (no admin1 or country). "
         "The ship manager's emailed statement: speaker the company as the text names it, role 'ship's manager' from "
         "the appositive (judgement call). 'No group has claimed responsibility': the unattributed pair. 'A US "
         "official, who asked not to be identified ... said Washington believed Iran was probably behind the attack': "
         "hedged, suspected Iran (the state, as named; no IRGC in the text), asserted by the bare role via Bloomberg. "
         "'Iran's foreign ministry spokesman Kazem Rahimi rejected ... and said the Islamic Republic had no role': "
         "denied Iran, asserted by him (role before the name without the possessive); his partial quote and a full "
         "quote with 'he told reporters in Tehran on Monday' (no incident). 'Earlier this month, divers found a limpet "
         "mine attached to the hull of a chemical tanker anchored off Fujairah and defused it ... Nobody claimed that "
         "incident either': category ied (an attached explosive charge; judgement call against 'other'), foiled, "
         "2037-03-01 precision month, at sea, under the same unattributed pair. Trading 'on Tuesday' and the brokers "
         "'according to': no incident. The 2019 limpet-mine attacks 'that Washington blamed on Iran ... and that Tehran "
         "denied': history, no stance, no incident. The UAE's Ministry of Defence (speaker without the possessive) in "
         "a partial quote, 'without naming a suspect': no further pair (the unattributed pair is already there).",
)
A["s05_latimes_deirezzor_ied"] = dict(
    published_on="2037-04-16",  # Thursday
    meta=dict(outlet="Los Angeles Times", dateline="BEIRUT",
              headline="Two groups claim roadside bombing that wounded U.S. troops in eastern Syria"),
    quotes=[
        ("The incident remains under investigation, and we will not speculate on who was responsible,", "U.S. Central Command", None),
        ("detonated an explosive device on a vehicle of the crusader coalition and its apostate agents.", "Islamic State", None),
        ("We are not in a hurry to give anyone credit for this crime,", "Farhad Shami", "SDF spokesman"),
        ("What matters is that whoever planted this bomb is found.", "Farhad Shami", "SDF spokesman"),
        ("Everyone knew the route,", "Abu Khaled", "farmer whose land borders the road"),
        ("You could set your watch by them.", "Abu Khaled", "farmer whose land borders the road"),
        ("A claim is a form of advertising,", "Nadia Karam", "Syria researcher who has long followed the tribal politics of the region"),
        ("Sometimes two groups want the same ad space, and sometimes one of them is simply lying.", "Nadia Karam", "Syria researcher who has long followed the tribal politics of the region"),
    ],
    stances=[st("Islamic State", "claimed", "Islamic State, via Amaq"),
             st("Liwa Ahrar al-Asha’ir", "claimed", "Liwa Ahrar al-Asha’ir")],
    incidents=[inc("2037-04-14", "day", "rural road outside the village of Diban", "Deir ez-Zor", "Syria", "ied", "impact"),
               inc("2037-04-01", "month", "near al-Busayrah", "Deir ez-Zor", "Syria", "ied", "impact")],
    checks=[("in eastern Syria on Tuesday", "2037-04-14")],
    note="Los Angeles Times: headline, 'By ..., Staff Writer', 'April 16, 2037 3 AM PT', dateline 'BEIRUT —' (the "
         "correspondent's base; the attack is in Syria), curly marks, 'The Times' for itself, 'Deir el-Zour' spelling "
         "(admin1 given as Deir ez-Zor). A roadside bomb on a joint US-SDF patrol 'on Tuesday' outside Diban, five "
         "wounded: ied, impact. U.S. Central Command's statement ('the command said') declines to speculate while "
         "claims exist: no pair. Competing claims: the Islamic State group via Amaq (one quote, period inside the "
         "mark): claimed IS via Amaq; 'a previously little-known group calling itself Liwa Ahrar al-Asha’ir' posted "
         "its own claim on Telegram (no quote): claimed, named as the text gives it (with its curly apostrophe); its "
         "past small-arms attacks 'over the last year' are background, no incident. The SDF spokesman (named in "
         "apposition, then 'Shami told The Times' between two quotes) is 'examining both claims': no stance. 'Earlier "
         "this month, a roadside bomb killed two SDF fighters near the town of al-Busayrah, an attack Islamic State also "
         "claimed': ied, impact, 2037-04-01 precision month, under the same claimed IS pair. Baghouz in March 2019: "
         "history. The farmer ('Abu Khaled', a nickname, as the text gives it; role from the appositive) and the "
         "researcher ('she said' between two quotes) name nobody.",
)
A["s06_times_akrotiri_drone"] = dict(
    published_on="2037-05-20",  # Wednesday
    meta=dict(outlet="The Times", dateline=None,
              headline="Drone shot down near RAF Akrotiri as fears grow over Lebanon link"),
    quotes=[
        ("the obvious candidate", "security sources", None),
        ("no connection whatsoever to the alleged incident in Cyprus", "Hezbollah", None),
        ("manufacturing pretexts", "Hezbollah", None),
        ("exactly as it is designed to", "James Corlett", "armed forces minister"),
        ("I will not speculate on attribution from this despatch box while the work is ongoing,", "James Corlett", "armed forces minister"),
        ("But I can tell the House that we take the security of our sovereign base areas, and of the Cypriot people who live alongside them, with the utmost seriousness.", "James Corlett", "armed forces minister"),
        ("constant contact", "Andreas Loizou", "spokesman"),
        ("no cause for alarm", "Andreas Loizou", "spokesman"),
        ("part of the war", "Hassan Nasrallah", "then Hezbollah’s leader"),
        ("For years the assumption has been that Akrotiri sits just outside the range of anybody who wishes us harm,", "former commander of British forces in Cyprus", None),
        ("That assumption is no longer safe, and it has not been safe for some time.", "former commander of British forces in Cyprus", None),
    ],
    stances=[st(None, "unattributed", None),
             st("Hezbollah", "suspected", "security sources, via The Times"),
             st("Hezbollah", "denied", "Hezbollah")],
    incidents=[inc("2037-05-18", "day", "RAF Akrotiri, salt lake on the Akrotiri peninsula", "Limassol", "Cyprus", "drone", "intercepted")],
    checks=[("on Monday night", "2037-05-18")],
    note="The Times (London): headline, standfirst, 'Oliver Brennan, Defence Correspondent', 'Wednesday May 20 2037, "
         "12.01am, The Times' (published just after midnight, so 'last night' and 'yesterday' are Tuesday), no "
         "dateline, curly marks, British spelling ('despatch box', 'defence'). A drone 'understood to have been "
         "carrying a small explosive charge' brought down over the salt lake on the Akrotiri peninsula 'on Monday "
         "night', no damage: drone, intercepted, admin1 Limassol (the district around the sovereign base area; "
         "judgement call), country Cyprus (the geography, though the base is British sovereign territory; judgement "
         "call). 'No group has claimed responsibility': the unattributed pair. 'security sources said last night that "
         "the drone had most likely been launched from southern Lebanon, and that Hezbollah was \"the obvious "
         "candidate\", although they cautioned': hedged, suspected Hezbollah, asserted by the bare role via The Times; "
         "the partial quote is theirs. Hezbollah's statement on al-Manar (two partial quotes): denied Hezbollah, "
         "asserted by the group. The armed forces minister (name, then role in apposition; a partial quote, then "
         "two quotes split by 'he said') will not attribute. The Cypriot spokesman ('Its spokesman, Andreas Loizou'; "
         "role as given) in two partial quotes. Nasrallah's June 2024 warning that Cyprus could become 'part of the "
         "war' (a real past threat, quoted): a quote in a historical aside, no stance, no incident; role 'then "
         "Hezbollah’s leader' as the text gives it. RAF strikes on the Houthis from Akrotiri in 2024: history, no "
         "stance. The unnamed former commander (bare role, 'he said' between two quotes) names nobody. Equipment "
         "'flown out from Britain in March': no incident.",
)
A["s07_rudaw_khormor_drone"] = dict(
    published_on="2037-06-09",  # Tuesday
    meta=dict(outlet="Rudaw", dateline="ERBIL, Kurdistan Region",
              headline="Kurdistan Region interior ministry blames Asaib Ahl al-Haq for Khor Mor drone attack"),
    quotes=[
        ("The investigation carried out by the relevant security agencies has established that the drone was launched from an area south of Tuz Khurmatu by members of the Asaib Ahl al-Haq militia,", "Ministry of Interior", None),
        ("all the evidence", "Ministry of Interior", None),
        ("We have nothing to do with this attack. These accusations are political and aim to drag us into a conflict with the Kurdistan Region,", "Asaib Ahl al-Haq official", None),
        ("ready for any impartial investigation.", "Asaib Ahl al-Haq official", None),
        ("People should expect longer power cuts in the coming days,", "Omed Ahmed", "spokesperson for the Kurdistan Region's Ministry of Electricity"),
        ("Our teams are working around the clock, but we cannot repair what we do not control. The field must be protected.", "Omed Ahmed", "spokesperson for the Kurdistan Region's Ministry of Electricity"),
        ("We have had electricity for four hours since yesterday,", "Hemin Rashid", "shopkeeper in the city's Sarchnar neighborhood"),
        ("Every summer it is the same story, and every summer they tell us it will be fixed.", "Hemin Rashid", "shopkeeper in the city's Sarchnar neighborhood"),
    ],
    stances=[st("Asaib Ahl al-Haq", "assessed", "Ministry of Interior"),
             st("Asaib Ahl al-Haq", "denied", "Asaib Ahl al-Haq official, via Rudaw"),
             st(None, "unattributed", None)],
    incidents=[inc("2037-06-07", "day", "Khor Mor gas field, Chamchamal district", "Sulaimani", "Iraq", "drone", "impact"),
               inc("2037-06-02", "week", "Khor Mor gas field", "Sulaimani", "Iraq", "drone", "intercepted")],
    checks=[("late Sunday", "2037-06-07")],
    note="Rudaw English: headline, 'Rudaw', '09-06-2037' (day first), dateline 'ERBIL, Kurdistan Region -' (the "
         "outlet's base; the field is in Sulaimani province), straight marks, 'Rudaw English' for itself. A drone hit a "
         "condensate tank at Khor Mor 'late Sunday', 'shortly before midnight', fire, no casualties: drone, impact, "
         "Sulaimani. 'The Kurdistan Region's interior ministry on Tuesday accused ... Asaib Ahl al-Haq' and its "
         "statement 'has established that the drone was launched ... by members of the Asaib Ahl al-Haq militia': "
         "firm, from a government ministry: assessed AAH, asserted by the ministry (speaker and asserter as the "
         "statement's own 'the Ministry of Interior', without the Region's possessive); its partial quote 'all the "
         "evidence'. 'An Asaib Ahl al-Haq official, who asked not to be named, denied the accusation in remarks to "
         "Rudaw English': denied AAH, asserted by the bare role via Rudaw; his partial quote carries the period inside. "
         "'an Iran-backed group that is part of the Popular Mobilization Forces' and Qais al-Khazali as leader: sponsor "
         "and membership, no stance. 'Last week, Kurdish air defenses shot down a drone as it approached the same "
         "field. No party claimed responsibility for that attack': drone, intercepted, 2037-06-02 precision week, and "
         "the unattributed pair (the main attack is assessed, not unclaimed-only, but the text says nobody claimed "
         "last week's). The April 2024 strike that killed four Yemeni workers: history, no stance, no incident. The "
         "electricity ministry spokesperson (role in apposition after the name; 'on Monday' is no incident; 'Ahmed "
         "said' between two quotes) and the shopkeeper ('yesterday' inside the quote: no incident) name nobody. The "
         "Iraqi prime minister's office forms a committee 'without naming any party': no further pair.",
)
A["s08_reuters_baghdad_airport_rockets"] = dict(
    published_on="2037-07-15",  # Wednesday
    meta=dict(outlet="Reuters", dateline="BAGHDAD",
              headline="Rockets hit near Baghdad airport; new group claims attack, Kataib Hezbollah denies role"),
    quotes=[
        ("the American occupation's base at Baghdad airport", "Saraya al-Ghadab al-Husseini", None),
        ("We are not concerned with this attack and we do not know this group,", "Kataib Hezbollah official", None),
        ("When Kataib Hezbollah acts, it says so.", "Kataib Hezbollah official", None),
        ("outlaw groups", "Haidar al-Moussawi", "spokesman for the commander-in-chief of the Iraqi armed forces"),
        ("Those who target diplomatic missions and the forces of the international coalition, which is present at the invitation of the Iraqi government, are targeting Iraq and its people,", "Haidar al-Moussawi", "spokesman for the commander-in-chief of the Iraqi armed forces"),
    ],
    stances=[st("Saraya al-Ghadab al-Husseini", "claimed", "Saraya al-Ghadab al-Husseini"),
             st("Kataib Hezbollah", "denied", "Kataib Hezbollah official, via Reuters")],
    incidents=[inc("2037-07-14", "day", "near Baghdad International Airport", "Baghdad", "Iraq", "rocket", "impact"),
               inc("2037-07-03", "day", "Ain al-Asad air base", "Anbar", "Iraq", "drone", "intercepted")],
    checks=[("late on Tuesday", "2037-07-14")],
    note="Reuters: headline, two-name byline, 'BAGHDAD, July 15 (Reuters) -' dateline, straight marks, British "
         "spelling ('authorised'), closing credit line. At least three Katyusha rockets struck near Baghdad "
         "International Airport 'late on Tuesday', damaging a contractor's parking area, no casualties: rocket, "
         "impact, Baghdad; the fourth rocket found unfired on the launcher in al-Radwaniya belongs to this attack "
         "(convention). 'A group calling itself Saraya al-Ghadab al-Husseini said on Telegram that it had targeted' the "
         "base (partial quote): claimed, named as in the text. 'Security analysts say such names are often used as "
         "fronts by established Iran-aligned factions': general, names no group, no stance. 'A Kataib Hezbollah "
         "official, who declined to be named ..., denied the group had any involvement' and told Reuters (two quotes "
         "split by 'the official told Reuters'): denied KH, asserted by the bare role via Reuters. The military "
         "spokesman's partial quote 'outlaw groups' and his statement ('the statement said') name nobody specific: no "
         "stance, and no unattributed pair since the attack is claimed. 'The same group claimed a drone attack on July "
         "3 on Ain al-Asad air base in western Anbar province, which a U.S. official said was shot down before it "
         "reached the base': drone, intercepted, day precision, under the same claimed pair. The 2023-2024 campaign by "
         "'Iran-aligned groups': history and sponsor, no stance, no incident. The US embassy spokesperson (no quote) "
         "names nobody.",
)
A["s09_ap_red_sea_bulk_carrier"] = dict(
    published_on="2037-08-27",  # Thursday
    meta=dict(outlet="Associated Press", dateline="DUBAI, United Arab Emirates",
              headline="Yemen’s Houthi rebels claim missile attack that set cargo ship ablaze in Red Sea"),
    quotes=[
        ("with a suitable ballistic missile", "Abdullah al-Shami", "Houthi military spokesman"),
        ("The Yemeni armed forces will continue to prevent the passage of ships belonging to companies that deal with the ports of occupied Palestine,", "Abdullah al-Shami", "Houthi military spokesman"),
        ("was launched by the Iran-backed Houthis from Houthi-controlled territory in Yemen.", "Central Command", None),
        ("This reckless attack endangered the lives of innocent mariners and threatens freedom of navigation in a vital international waterway,", "Central Command", None),
        ("The vessel has no commercial relationship with any Israeli port or company,", "Thalassa Bulk Carriers", "ship’s operator"),
        ("Its cargo is grain bound for Egypt.", "Thalassa Bulk Carriers", "ship’s operator"),
        ("Insurers have long memories,", "Cormac Doyle", "maritime security analyst at the London-based firm Halyard Risk"),
        ("One burning ship on the evening news undoes a year of reassurance.", "Cormac Doyle", "maritime security analyst at the London-based firm Halyard Risk"),
    ],
    stances=[st("Houthis", "claimed", "Abdullah al-Shami"),
             st("Houthis", "assessed", "Central Command"),
             st(None, "unattributed", None)],
    incidents=[inc("2037-08-25", "day", "Red Sea, some 60 nautical miles northwest of Hodeida", None, None, "missile", "impact"),
               inc("2037-08-20", "week", "southern Red Sea", None, None, "drone", "intercepted")],
    checks=[("Tuesday afternoon", "2037-08-25")],
    note="Associated Press: headline, upper-case byline, 'Updated 3:14 PM EDT, August 27, 2037', dateline 'DUBAI, "
         "United Arab Emirates (AP) —' (the correspondent's base), curly marks, AP style ('Hodeida', 'prerecorded'), "
         "'___' and a contributor line. The bulk carrier Orion Dawn hit 'Tuesday afternoon' by an anti-ship ballistic "
         "missile some 60 nautical miles northwest of Hodeida, fire, one sailor burned: missile, impact, at sea (no "
         "admin1 or country). The Houthis 'on Thursday claimed' (the claim's day, the publication date: no incident) "
         "through their military spokesman (rank dropped; a partial quote, then a full quote with 'al-Shami said'): "
         "claimed Houthis, asserted by him. Central Command's statement that the missile 'was launched by the "
         "Iran-backed Houthis from Houthi-controlled territory in Yemen.' (period inside the mark): firm, from a "
         "military: assessed Houthis, asserted by Central Command (named as the text gives it, 'the U.S. military’s "
         "Central Command' without the possessive); 'Iran-backed' is sponsor, no stance. The operator's denial of a "
         "link to Israel is no stance about the attack (role 'ship’s operator' from the appositive; two quotes split "
         "by 'it said in a statement'). 'Last week, a French frigate serving with the European Union’s Aspides naval "
         "mission destroyed a bomb-laden drone boat ... No group claimed that attack, and the Houthis ... said nothing "
         "about it': drone (explosive-boat convention), intercepted, 2037-08-20 precision week, at sea, and the "
         "unattributed pair; the Houthis' silence is no stance. The 2023-2024 campaign and the Houthis holding Sanaa "
         "since 2014: history, no stance, no incident. The analyst ('said Cormac Doyle, ...' after reported speech, "
         "then 'Doyle said' between two quotes) names nobody.",
)
A["s10_afp_albab_car_bomb"] = dict(
    published_on="2037-10-07",  # Wednesday
    meta=dict(outlet="AFP", dateline="Beirut",
              headline="Car bomb kills nine in north Syria market: monitor"),
    quotes=[
        ("terrorist cells belonging to the Daesh organisation", "interior ministry", None),
        ("These criminal acts will not break the will of the Syrian people or deter our forces from pursuing the remnants of terrorism wherever they are,", "interior ministry", None),
        ("I was closing my shop when the ground shook,", "Mahmoud al-Ali", "42-year-old fabric seller whose cousin was among the wounded"),
        ("There was smoke everywhere and people were screaming. I saw a man carrying a little girl who was not moving,", "Mahmoud al-Ali", "42-year-old fabric seller whose cousin was among the wounded"),
        ("A car bomb in a market is a message to the population as much as to the government,", "Rami Saleh", "researcher who studies jihadist movements in Syria"),
        ("It says: the state cannot protect you.", "Rami Saleh", "researcher who studies jihadist movements in Syria"),
        ("those responsible to be held to account", "United Nations envoy for Syria", None),
    ],
    stances=[st(None, "unattributed", None),
             st("Islamic State", "assessed", "interior ministry")],
    incidents=[inc("2037-10-05", "day", "vegetable market, Al-Bab city centre", "Aleppo", "Syria", "ied", "impact"),
               inc("2037-09-18", "day", "checkpoint on the outskirts of Manbij", "Aleppo", "Syria", "ied", "impact")],
    checks=[("on Monday evening", "2037-10-05")],
    note="AFP wire copy: headline with ': monitor', 'Published on 07/10/2037 at 11:32 GMT' (day first), dateline "
         "'Beirut (AFP) –' (AFP's Syria desk; the attack is in Aleppo province), straight marks, British spelling, "
         "'told AFP', 'An AFP correspondent', the closing slug 'bur-ac/kir'. A car bomb in Al-Bab's market 'on Monday "
         "evening', nine killed per the Syrian Observatory: car bomb as ied, impact, Aleppo. 'No group has claimed "
         "responsibility for the attack': the unattributed pair. 'The interior ministry said in a statement that "
         "\"terrorist cells belonging to the Daesh organisation\" were behind the bombing, using an Arabic acronym for "
         "IS': firm, from a government ministry: assessed Islamic State (canonical), asserted by the interior "
         "ministry (named as the text gives it); its second quote before 'the ministry said'. The arrests of two "
         "suspects: no separate stance. The witness's first quote closes its paragraph after 'said Mahmoud al-Ali, "
         "...'; the next paragraph's quote is followed by 'he told AFP' (pronoun back-reference): two quotes. 'On "
         "September 18, a car bomb killed four people near a checkpoint on the outskirts of Manbij, another city in "
         "Aleppo province. No one claimed that attack either': ied, impact, day precision, under the same "
         "unattributed pair (the ministry's blame covers only Monday's bombing). IS holding Al-Bab until February 2017 "
         "and losing its territory in 2019: history, no stance, no incident. The researcher ('he told AFP' between two "
         "quotes) names IS only through 'the group' in reported speech about its aims, no new stance. The UN envoy "
         "(bare role, partial quote with the full stop outside the mark) names nobody.",
)

write_corpus(D, A)
