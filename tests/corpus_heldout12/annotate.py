"""Hand annotations of the twelfth held-out corpus (tests/corpus_heldout12).

Written blind, from scratch, by someone who had not seen the extractor's code (db/), its tests, its development
or scores, or the texts of any earlier corpus, and annotated without running the extractor, `threatdesk import`
or scripts/eval_extract.py. Same format and checks as tests/corpus_heldout11/annotate.py (shared in
tests/corpus_tools.py): each quote is the exact text typed by hand; its offsets come from str.find on the .txt
(each must occur once, sit right after an opening mark and end at a closing mark or at the end of its
paragraph). Marks that are deliberately not quotes (a group's name set in marks) are listed in not_quotes and
checked the same way.
Run `python tests/corpus_heldout12/annotate.py` to rewrite the .json files after editing an annotation.

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

New situations in this corpus: outlets and formats not used before (The Guardian with a standfirst and
'Name in Baghdad' and 'Wed 19 Jan 2033 14.02 GMT', the Financial Times with a two-name byline and 'X, said:'
before a two-paragraph block quote, NPR with 'the Pentagon says' in the present tense and a closing
contributor line, France 24 'with AFP' with 'Issued on:' and a DD/MM/YYYY date, Deutsche Welle with a
standfirst, cross-heads, the group name in marks ('the so-called "Islamic State" (IS)', not_quotes) and an
agency credit line, The Times of Israel with a subhead and curly marks, Arab News with 'RIYADH:' and a
Houthi spokesman's two-paragraph televised statement, Rudaw with 'ERBIL, Kurdistan Region -' and a DD-MM-YYYY
date, a UN noon-briefing summary in the third person with section headings, and a US State Department press
statement in the first person plural). Situations: a new front group's Telegram claim with an unnamed US
official's firm 'This is Kataib Hezbollah with a new letterhead' after 'had no doubt' (claimed front, assessed
Kataib Hezbollah via the outlet); a first-time group's claim on an attack in Kuwait while the interior ministry
names nobody and Iraq rejects the use of its territory (claimed only; a state rejecting use of its land is no
stance); an on-the-record Pentagon assessment ('We assess that this drone was launched by Kataib Hezbollah')
beside the umbrella's claim, with the umbrella's earlier claim on Feb. 17 covered by the same claimed pair;
a national ministry's firm blame on ISIS cells while no group has claimed (assessed and unattributed), and
the group's claim of last month's ambush via Amaq (claimed); an unclaimed drone on a Jordanian border post with
the suspected group's Telegram denial and a hedged suspicion ('probably Kataib Hezbollah') via Reuters
(denied, suspected, unattributed); an army's firm finding that a Hamas cell fired rockets, an unnamed
Hezbollah official's denial via a Lebanese daily, and 'No group has claimed responsibility' (assessed,
denied, unattributed), with last week's unclaimed anti-tank missile; a ministry spokesman's firm 'launched by
the Houthi militia' and the Houthis' claim (assessed and claimed), the same ministry's earlier attribution of
drones intercepted 'On May 19'; an unclaimed drone on an oil field with a hedged 'most probably ... al-Nujaba
movement' (suspected, canonical name) and an unclaimed drone shot down last week; a UN spokesperson who will
not attribute and knows of no claim (unattributed), the Houthis' denial under the name Ansar Allah, and their
claim of an attack on 9 August (denied and claimed); a department's determination that Asa'ib Ahl al-Haq
launched the rockets (assessed), the group's denial known from the rebuttal (denied), and an unclaimed
convoy bombing on September 3 (unattributed). Sponsors ('Iran-backed', 'Iran-aligned', 'backed by Iran',
'groups linked to Iran', 'The Iranian regime, which arms, funds, and trains ...') and umbrella membership
('an umbrella group ... that includes Kataib Hezbollah', 'part of the Popular Mobilization Forces'): no stance.
Historical asides naming groups (the 2020 Camp Taji rockets blamed on Kataib Hezbollah, the Houthis' 2022 Abu
Dhabi strike, Kataib Hezbollah's 2024 suspension, IS twice taking Palmyra, the 2016 Rukban car bomb claimed by
IS, Israel blaming Hamas for the 2023 Passover barrage, the IRGC's 2022 Erbil missiles, the Houthis taking
Sanaa in 2014, the 2018 Basrah consulate suspension): no stance, no incident. Groups that do not respond or
comment: no stance. All articles, people and incidents are fictional; some background paragraphs mention real
past events.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_tools import inc, st, write_corpus  # noqa: E402

D = Path(__file__).resolve().parent


A = {}
A["s01_guardian_balad_rockets"] = dict(
    published_on="2033-01-19",  # Wednesday
    meta=dict(outlet="The Guardian", dateline=None,
              headline="Rocket attack on Iraqi airbase kills US contractor as new militia brand claims responsibility"),
    quotes=[
        ("We are in contact with his family and are providing all appropriate consular assistance,", "state department spokesperson", None),
        ("the den of the American occupiers in Balad", "Saraya Thar al-Shuhada", None),
        ("This is Kataib Hezbollah with a new letterhead,", "US official", None),
        ("The launch site, the rockets, the timing – we have seen all of it before.", "US official", None),
        ("Whoever fired these rockets was not only targeting Americans,", "Hazem al-Ani", "spokesperson for the prime minister"),
        ("They were targeting Iraq’s reputation, its investment and its sovereignty.", "Hazem al-Ani", "spokesperson for the prime minister"),
        ("Each time the pressure rises, a new brand is invented. It gives the political wings room to say they know nothing about it, while everyone in Baghdad knows exactly who it is.", "Zeina Kareem", "fellow at the Centre for Gulf and Iraqi Studies in London"),
    ],
    stances=[st("Saraya Thar al-Shuhada", "claimed", "Saraya Thar al-Shuhada"),
             st("Kataib Hezbollah", "assessed", "US official, via The Guardian"),
             st(None, "unattributed", None)],
    incidents=[inc("2033-01-17", "day", "Balad airbase", "Salahuddin", "Iraq", "rocket", "impact"),
               inc("2033-01-01", "month", "Balad airbase, northern gate", "Salahuddin", "Iraq", "drone", "intercepted")],
    checks=[("late on Monday", "2033-01-17")],
    note="The Guardian online: headline, standfirst, 'Harriet Lowe in Baghdad' (the reporter's base, not a "
         "dateline), 'Wed 19 Jan 2033 14.02 GMT', curly marks, British spelling ('lorry', 'authorised'). At least "
         "four rockets at Balad airbase 'late on Monday', two inside the perimeter, one contractor killed: rocket, "
         "impact, Salahuddin; the two rockets still loaded on the abandoned launcher near Dujail belong to the "
         "attack (convention). The unnamed state department spokesperson (bare role, lower case as the text has "
         "it). 'a previously unknown group calling itself Saraya Thar al-Shuhada said on Telegram that it had "
         "struck' the base (partial quote): claimed, named as in the text. 'Washington had no doubt about who was "
         "behind the attack' and the unnamed official's 'This is Kataib Hezbollah with a new letterhead' (split by "
         "'the official said'): firm, from a government source: assessed KH via The Guardian (judgement call, as "
         "heldout11's unnamed but unhedged US official). 'did not respond to a request for comment' and "
         "'Iran-backed': no stance. The prime minister's spokesperson (appositive, then 'he said' between two "
         "quotes) names nobody. 'Earlier this month a drone was shot down as it approached the base’s northern "
         "gate. No group claimed that attack': drone, intercepted, precision month, and the unattributed pair. The "
         "March 2020 Camp Taji attack that 'the US blamed' on Kataib Hezbollah: history, no stance, no incident. "
         "The researcher's 'She said:' introduces a one-paragraph quote in the same paragraph; she names no group.",
)
A["s02_ft_kuwait_refinery_drones"] = dict(
    published_on="2033-02-09",  # Wednesday
    meta=dict(outlet="Financial Times", dateline=None,
              headline="Drone strike on Kuwaiti refinery rattles oil market"),
    quotes=[
        ("The fire has been extinguished and all of our people are safe. Our teams are now assessing the damage to the unit, and we will give the market an accurate picture as soon as we have one.", "Adel al-Rashidi", "chief executive"),
        ("Exports from our terminals are continuing and we do not expect any disruption to our commitments to customers.", "Adel al-Rashidi", "chief executive"),
        ("the refinery that fuels the fleets of the aggressors", "Ahrar al-Janoub", None),
        ("rejects the use of Iraqi territory to attack any neighbouring country", "foreign ministry", None),
        ("The refinery itself matters less than what it says about the reach of these groups,", "Marta Quilez", "head of oil research at Halden Commodities"),
        ("If Kuwait is in range, the market has to price risk into a corner of the Gulf it had largely written off.", "Marta Quilez", "head of oil research at Halden Commodities"),
        ("that are not ours", "Fahad al-Sabhan", "government spokesman"),
        ("Kuwait is the enemy of no one. But we will defend every metre of our land and every barrel of our oil.", "Fahad al-Sabhan", "government spokesman"),
    ],
    stances=[st("Ahrar al-Janoub", "claimed", "Ahrar al-Janoub"),
             st(None, "unattributed", None)],
    incidents=[inc("2033-02-09", "day", "Mina al-Ahmadi refinery", "Ahmadi", "Kuwait", "drone", "impact"),
               inc("2033-01-01", "month", "Abdali, northern border area", "Jahra", "Kuwait", "drone", "intercepted")],
    note="Financial Times: headline, standfirst, two-name byline 'in Dubai and ... in London', 'February 9 2033', no "
         "dateline, curly marks, '2.40am', 'per cent'. Two drones at Mina al-Ahmadi 'overnight', 'at about 2.40am "
         "local time', in a story of that day: the publication date (overnight convention); one brought down over "
         "the sea, the other hit a distillation unit: one incident, drone, impact, admin1 Ahmadi (the refinery's "
         "governorate, from geography; judgement call). 'Its chief executive, Adel al-Rashidi, said:' closes a "
         "paragraph, then a two-paragraph quote (the first left open): two quotes, role 'chief executive' as the "
         "text gives it (of Kuwait National Petroleum Company). 'A group calling itself Ahrar al-Janoub, which had "
         "not previously claimed an attack, said on Telegram that it had targeted' the refinery (partial quote): "
         "claimed, named as in the text; 'its channel was created last month' is no incident. The interior "
         "ministry 'did not say who it held responsible': no pair, since the attack is claimed. Iraq's foreign "
         "ministry (speaker without the possessive, lower case as in the text) rejecting the use of Iraqi "
         "territory: no stance. The analyst (quote before and after 'said ...') names nobody. 'Last month, Kuwaiti "
         "air defences shot down a drone over the northern border area of Abdali. No group claimed that "
         "incident': drone, intercepted, precision month ('last month' convention), admin1 Jahra (judgement call), "
         "and the unattributed pair. The January 2022 Abu Dhabi strike 'claimed by Yemen’s Houthi rebels': "
         "history, no stance, no incident. The government spokesman's partial quote, then 'He said:' with a quote "
         "in the same paragraph. 'this week' (premiums) is no incident.",
)
A["s03_npr_shaddadi_drone"] = dict(
    published_on="2033-03-04",  # Friday
    meta=dict(outlet="NPR", dateline=None,
              headline="Pentagon blames Kataib Hezbollah for drone strike that wounded 3 U.S. troops in Syria"),
    quotes=[
        ("They're getting the best care there is,", "Ruth Okafor", "Pentagon press secretary"),
        ("Our thoughts are with them and with their families, who got a phone call last night that no family wants to get.", "Ruth Okafor", "Pentagon press secretary"),
        ("We assess that this drone was launched by Kataib Hezbollah from inside Iraq,", "Ruth Okafor", "Pentagon press secretary"),
        ("has all options available.", "Ruth Okafor", "Pentagon press secretary"),
        ("the occupation base in al-Shaddadi", "Islamic Resistance in Iraq", None),
        ("These are small bases, and they were never designed to stop a steady stream of one-way drones,", "Nick Harlan", "retired Army colonel who commanded troops in eastern Syria"),
        ("You can add more sensors and more interceptors. But at some point Washington has to decide whether the mission is worth the risk it is asking these soldiers to carry.", "Nick Harlan", "retired Army colonel who commanded troops in eastern Syria"),
        ("not allow Iraqi territory to be used as a launching pad", "Iraqi government", None),
    ],
    stances=[st("Kataib Hezbollah", "assessed", "Ruth Okafor, Pentagon"),
             st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq")],
    incidents=[inc("2033-03-02", "day", "U.S. base at Shaddadi", "Hasakah", "Syria", "drone", "impact"),
               inc("2033-02-17", "day", "U.S. base at Shaddadi", "Hasakah", "Syria", "rocket", "impact")],
    checks=[("on Wednesday night", "2033-03-02")],
    note="NPR web story: headline, 'March 4, 2033 5:00 AM ET', 'By ...', no dateline, straight marks, 'the Pentagon "
         "says' in the present tense, a closing contributor line. A one-way drone hit sleeping quarters at the "
         "Shaddadi base 'on Wednesday night', three wounded: drone, impact, Hasakah. The press secretary told "
         "reporters 'on Thursday' (the briefing, no incident); 'last night' inside her quote is the night of the "
         "attack as she spoke, no date of its own. Her quotes: two split by 'Okafor said', then a paragraph opening "
         "with a quote followed by 'she said' (pronoun back-reference after 'Okafor was unusually direct ...'), and "
         "the partial quote 'has all options available.' (period inside the mark) of the president's options. 'We "
         "assess that this drone was launched by Kataib Hezbollah': firm, on the record, from the Pentagon: "
         "assessed KH, asserted by her for the Pentagon. The Islamic Resistance in Iraq, 'an umbrella group of "
         "Iran-aligned militias that includes Kataib Hezbollah' (membership and sponsor, no further stance), "
         "claimed the drone attack on Telegram (partial quote): claimed IRI; 'The group also claimed a rocket "
         "attack on the same base on Feb. 17', rockets that 'landed outside the perimeter': rocket, impact (not "
         "intercepted), day precision, under the same claimed pair. 'Kataib Hezbollah itself has said nothing "
         "publicly': no stance; its 2024 suspension: history. The retired colonel (named in apposition, then "
         "'Harlan said' between two quotes) names nobody. The Iraqi government's partial quote: no stance.",
)
A["s04_france24_sukhnah_bus_ambush"] = dict(
    published_on="2033-03-22",  # Tuesday
    meta=dict(outlet="France 24", dateline=None,
              headline="Eleven Syrian soldiers killed in desert bus ambush blamed on IS"),
    quotes=[
        ("terrorist ISIS cells hiding in the Badia", "Ministry of Defence", None),
        ("Our forces are pursuing the perpetrators and will not rest until they have been eliminated,", "Ministry of Defence", None),
        ("harvested", "Islamic State", None),
        ("They have learned to live small,", "Hazem Ghanem", "researcher on Syria's jihadist movements based in Beirut"),
        ("A few dozen men, a few vehicles, a safe house in a village, and the whole desert in which to hide. The army controls the roads in daylight. At night, the roads belong to nobody.", "Hazem Ghanem", "researcher on Syria's jihadist movements based in Beirut"),
        ("My brother had two weeks left of his service,", "sister of one of the dead soldiers", None),
        ("He called us on Saturday night. He was happy. He said he was coming home.", "sister of one of the dead soldiers", None),
    ],
    stances=[st("Islamic State", "assessed", "Ministry of Defence"),
             st(None, "unattributed", None),
             st("Islamic State", "claimed", "Islamic State, via Amaq")],
    incidents=[inc("2033-03-20", "day", "Palmyra-Deir ez-Zor highway, east of al-Sukhnah", "Homs", "Syria", "ied", "impact"),
               inc("2033-02-01", "month", "near al-Shoula, south of Deir ez-Zor city", "Deir ez-Zor", "Syria", "small-arms", "impact")],
    checks=[("on Sunday", "2033-03-20")],
    note="France 24 web story: headline, 'Issued on: 22/03/2033 - 13:40' (day first), 'FRANCE 24 with AFP', no "
         "dateline, straight marks, British spelling, 'told FRANCE 24', a closing '(FRANCE 24 with AFP)'. A roadside "
         "bomb on a bus of soldiers 'on Sunday', then gunfire on the survivors, 11 killed: one incident, category "
         "ied (the bomb opened the attack; judgement call), impact, Homs. Syria's Ministry of Defence (speaker "
         "without the possessive) said the attack was carried out by 'terrorist ISIS cells hiding in the Badia': "
         "firm, from a ministry: assessed Islamic State (canonical); its second quote comes before 'the ministry "
         "said'. 'No group had claimed responsibility for the ambush by Tuesday afternoon': the unattributed pair "
         "(as heldout11's L'Orient article carries both). 'Last month, IS claimed an ambush on an army convoy near "
         "the town of al-Shoula' with its Amaq wording 'harvested' (a one-word quote of the group) and machine "
         "guns: small-arms, impact, precision month, Deir ez-Zor; claimed Islamic State via Amaq. The Observatory's "
         "toll and the attackers fleeing: no stance. The researcher (named before, then 'Ghanem told FRANCE 24' "
         "between two quotes, the second of three sentences) names nobody. The unnamed sister (bare role as the "
         "text gives it) speaks of 'Saturday night', which is no incident; the families 'on Monday' and funerals: "
         "no incident. IS taking Palmyra in 2015 and 2016 and losing its last territory in 2019: history.",
)
A["s05_dw_ruwaished_border_post"] = dict(
    published_on="2033-04-13",  # Wednesday
    meta=dict(outlet="Deutsche Welle", dateline=None,
              headline="Jordan: Drone attack wounds soldiers at border post near Iraq"),
    quotes=[
        ("from the direction of the Iraqi border", "Jordanian army", None),
        ("We have nothing to do with what happened on the Jordanian border,", "Kataib Hezbollah", None),
        ("Jordan is not our target, and our weapons are pointed at the occupier alone.", "Kataib Hezbollah", None),
        ("an arena for settling scores", "Ayman Qudah", "Government spokesman"),
        ("Our armed forces have the right and the means to respond to any attack on the kingdom's security,", "Ayman Qudah", "Government spokesman"),
        ("Whoever sent this drone should understand that.", "Ayman Qudah", "Government spokesman"),
        ("We are in close contact with our Jordanian partners and are following developments very closely,", "spokesperson for the Defense Ministry in Berlin", None),
    ],
    not_quotes=["Islamic State"],
    stances=[st(None, "unattributed", None),
             st("Kataib Hezbollah", "denied", "Kataib Hezbollah"),
             st("Kataib Hezbollah", "suspected", "Jordanian security official, via Reuters")],
    incidents=[inc("2033-04-11", "day", "army post near Ruwaished", "Mafraq", "Jordan", "drone", "impact")],
    checks=[("early Monday", "2033-04-11")],
    note="Deutsche Welle English: headline with 'Jordan:' prefix, a standfirst that already names the denial, "
         "'04/13/2033' and 'April 13, 2033' date lines, cross-heads ('Kataib Hezbollah rejects accusations', "
         "'Germany watching closely'), straight marks, American spelling, the closing credit 'ab/rc (Reuters, AFP, "
         "dpa)'. An explosive drone hit a guard tower at a border post near Ruwaished 'early Monday', 'shortly "
         "before 4 a.m. local time (0100 UTC)', two soldiers wounded: drone, impact, Mafraq governorate (judgement "
         "call from geography). The army's partial quote of the drone's direction; 'did not say who it believed had "
         "launched the drone. No group has claimed responsibility': the unattributed pair. Kataib Hezbollah 'On "
         "Tuesday' (the statement's day, no incident) in a Telegram statement split by 'the group said ...': "
         "denied KH, asserted by the group. 'a Jordanian security official told the Reuters news agency that "
         "initial findings pointed to an Iraqi faction, probably Kataib Hezbollah': hedged, suspected KH, via "
         "Reuters (the agency that heard it; DW carries it). The government spokesman (role before the name, then "
         "'he told state television' between two quotes) and the Berlin defence ministry spokesperson (bare role) "
         "name nobody. The June 2016 Rukban car bomb 'claimed by the so-called \"Islamic State\" (IS) group': "
         "history, no stance, no incident; the name in marks is not a quote (not_quotes). Drug-smuggling drones "
         "and 'groups linked to Iran': background and sponsor, no stance, no incident.",
)
A["s06_timesofisrael_kiryat_shmona_rockets"] = dict(
    published_on="2033-05-02",  # Monday
    meta=dict(outlet="The Times of Israel", dateline=None,
              headline="IDF says Hamas cell in Lebanon fired rockets at Kiryat Shmona; Hezbollah denies role"),
    quotes=[
        ("The rockets were launched by a Hamas cell operating in the Marjayoun area. The IDF struck the launch site overnight and will continue to act against any threat to the residents of the north,", "Israel Defense Forces", None),
        ("no connection to the launches,", "Hezbollah official", None),
        ("We hold the Lebanese state responsible for every launch from its territory,", "Avi Segal", "Defense Minister"),
        ("Anyone who fires at our cities will pay a heavy price, whatever flag he flies.", "Avi Segal", "Defense Minister"),
        ("People here have already lived through this too many times,", "Eli Azulay", "Kiryat Shmona Mayor"),
        ("We were told the north was quiet now. Last night my phone did not stop ringing.", "Eli Azulay", "Kiryat Shmona Mayor"),
    ],
    stances=[st("Hamas", "assessed", "Israel Defense Forces"),
             st(None, "unattributed", None),
             st("Hezbollah", "denied", "Hezbollah official, via Al-Akhbar")],
    incidents=[inc("2033-05-01", "day", "Kiryat Shmona", "Northern District", "Israel", "rocket", "impact"),
               inc("2033-04-25", "week", "army position near Metula", "Northern District", "Israel", "missile", "impact")],
    checks=[("on Sunday evening", "2033-05-01")],
    note="The Times of Israel: headline, subhead, 'By ...', '2 May 2033, 3:12 pm', no dateline, curly marks. Four "
         "rockets from southern Lebanon at Kiryat Shmona 'on Sunday evening', three intercepted by Iron Dome, the "
         "fourth hit a street, one man lightly hurt: one incident, rocket, impact (interceptor-miss convention), "
         "Northern District, Israel; the launcher found near Qlayaa with two rockets that failed to fire belongs to "
         "this attack. 'On Monday, the IDF said its investigation had found that the rockets were fired by Hamas "
         "operatives' and its statement's 'launched by a Hamas cell': firm, from an army: assessed Hamas, asserted "
         "by the Israel Defense Forces (the name as the text first gives it in full). The IDF's strike on the launch "
         "site 'overnight' (inside the quote) is a state's retaliation: no incident. 'Hamas did not comment. No "
         "group has claimed responsibility for the rocket fire': the unattributed pair (with the assessment, as "
         "heldout11). 'An official from the Hezbollah terror group told the Lebanese daily Al-Akhbar that the "
         "organization had \"no connection to the launches\"': denied Hezbollah, asserted by the unnamed official "
         "via Al-Akhbar. The defence minister's 'We hold the Lebanese state responsible for every launch from its "
         "territory': no stance for Lebanon (state responsibility, not attribution). The mayor's quote split by "
         "'he said'; 'Last night' inside it is no separate date. 'Last week, an anti-tank missile fired from across "
         "the border struck an empty army position near Metula ... No group claimed that attack either': missile, "
         "impact, precision week, under the same unattributed pair. Israel blaming 'Palestinian terror groups, "
         "particularly Hamas' for the April 2023 barrage, the 2006 and 2024 wars and 'backed by Iran': history "
         "and sponsor, no stance, no incident.",
)
A["s07_arabnews_khamis_mushait_missile"] = dict(
    published_on="2033-06-08",  # Wednesday
    meta=dict(outlet="Arab News", dateline="RIYADH",
              headline="Saudi air defenses intercept Houthi ballistic missile fired at Khamis Mushait"),
    quotes=[
        ("The terrorist Houthi militia continues its hostile attempts to target civilians and civilian objects in a deliberate and systematic way,", "Fahad Al-Otaibi", "Ministry spokesman"),
        ("The Kingdom will take all necessary measures to protect its land and its citizens.", "Fahad Al-Otaibi", "Ministry spokesman"),
        ("Our missile force carried out a qualitative military operation targeting King Khalid Air Base in Khamis Mushait with a ballistic missile of the Zulfiqar type, and the missile hit its target precisely.", "Hamoud Al-Kibsi", "Houthi military spokesman"),
        ("We warn the Saudi regime that the continuation of the siege will be met with more operations in the depth of its territory.", "Hamoud Al-Kibsi", "Houthi military spokesman"),
        ("a dangerous escalation that threatens the security of the entire region", "Saud Al-Mutairi", "secretary-general"),
        ("The whole house shook and the children started screaming,", "Abdullah Al-Shahrani", "teacher whose neighbor's car was damaged"),
        ("We went out and found pieces of metal in the street. Thank God no one was killed.", "Abdullah Al-Shahrani", "teacher whose neighbor's car was damaged"),
        ("We thought those days were over,", "Mohammed Al-Qahtani", "resident"),
    ],
    stances=[st("Houthis", "assessed", "Fahad Al-Otaibi"),
             st("Houthis", "claimed", "Hamoud Al-Kibsi")],
    incidents=[inc("2033-06-07", "day", "Khamis Mushait", "Asir", "Saudi Arabia", "missile", "intercepted"),
               inc("2033-05-19", "day", "Abha International Airport", "Asir", "Saudi Arabia", "drone", "intercepted")],
    checks=[("on Tuesday night", "2033-06-07")],
    note="Arab News: headline, 'ARAB NEWS', 'Updated 08 June 2033', dateline 'RIYADH:' opening the body, straight "
         "marks, 'the Kingdom'. A ballistic missile toward Khamis Mushait 'on Tuesday night', destroyed over Asir, "
         "debris lightly injuring two residents: missile, intercepted (debris damage does not make it an impact), "
         "Asir. The ministry spokesman (role before the name, rank dropped) says it 'had been launched by the "
         "Houthi militia from the Saada governorate' (unquoted), then two quotes split by 'Al-Otaibi said': firm, "
         "from a defence ministry: assessed Houthis, asserted by him. 'In a televised statement, Houthi military "
         "spokesman Hamoud Al-Kibsi said:' closes a paragraph before a two-paragraph quote (first left open): "
         "claimed Houthis, asserted by him; 'the missile did not reach the air base' contradicts his 'hit its "
         "target' (the outcome follows the Saudi account). 'On May 19, Saudi air defenses intercepted two "
         "explosive-laden drones launched toward Abha International Airport, which the ministry also said were "
         "launched by the Houthis': drone, intercepted, day precision, under the same assessed pair. 'Tuesday's "
         "attack' repeats the date. The GCC secretary-general's partial quote (role as the text gives it, 'Its "
         "secretary-general') names nobody. 'The Iran-backed Houthis seized ... Sanaa in 2014', the coalition's "
         "2015 intervention and the 2022 truce: sponsor and history, no stance. The residents (a teacher in "
         "apposition after his first quote; 'Another resident, ...', then 'he said') name nobody.",
)
A["s08_rudaw_sarsang_oilfield_drone"] = dict(
    published_on="2033-07-11",  # Monday
    meta=dict(outlet="Rudaw", dateline="ERBIL, Kurdistan Region",
              headline="Drone attack sets fire to storage tank at Duhok oil field, halting production"),
    quotes=[
        ("This cowardly attack targets the livelihood of the people of the Kurdistan Region and the economy of Iraq as a whole,", "Ministry of Natural Resources", None),
        ("The drone flew in from the south, from the Nineveh Plains. We know which groups have this kind of drone there,", "senior Peshmerga official", None),
        ("We have shared what we know with Baghdad, and now we are waiting for them to act.", "senior Peshmerga official", None),
        ("systematic campaign", "Dilshad Barwari", "Kurdistan Region government spokesperson"),
        ("Every time our oil production resumes, someone tries to stop it,", "Dilshad Barwari", "Kurdistan Region government spokesperson"),
        ("The federal government has a constitutional duty to protect all of Iraq's territory, including this region. It cannot keep forming committees and announcing investigations that never end.", "Dilshad Barwari", "Kurdistan Region government spokesperson"),
    ],
    stances=[st(None, "unattributed", None),
             st("Harakat al-Nujaba", "suspected", "senior Peshmerga official, via Rudaw")],
    incidents=[inc("2033-07-11", "day", "Sarsang oil field, Amedi district", "Duhok", "Iraq", "drone", "impact"),
               inc("2033-07-04", "week", "Tawke oil field, Zakho", "Duhok", "Iraq", "drone", "intercepted")],
    note="Rudaw English: headline, 'Rudaw', '11-07-2033' (day first), dateline 'ERBIL, Kurdistan Region -' (the "
         "outlet's base, the attack is in Duhok), straight marks. A drone hit a storage tank at the Sarsang field "
         "'overnight', 'at around 1:30 am', in a story of that Monday: the publication date (overnight convention); "
         "drone, impact, Duhok. The ministry's statement ('the statement read'; speaker without 'the Kurdistan "
         "Region's'). 'No party has claimed responsibility for the attack': the unattributed pair. 'A senior "
         "Peshmerga official ... said the drone had most probably been launched by al-Nujaba movement': hedged, "
         "suspected Harakat al-Nujaba (canonical) via Rudaw; his quote split by 'he said' adds no further pair. "
         "'Al-Nujaba, an Iran-aligned armed group that is part of the Popular Mobilization Forces (PMF), did not "
         "respond': sponsor and membership, no stance for the PMF or Nujaba's own. 'Last week, Peshmerga air "
         "defenses shot down a drone near the Tawke oil field in Zakho ... Nobody claimed that attack either': "
         "drone, intercepted, precision week, under the same unattributed pair. The government spokesperson (role "
         "before the name, then 'Barwari told Rudaw' between two quotes) names nobody. The prime minister's "
         "investigation 'on Monday': no incident. The IRGC's March 2022 missiles on Erbil, 'saying they were "
         "targeting an Israeli intelligence center' (a past claim, unquoted): history, no stance, no incident.",
)
A["s09_un_noon_briefing_red_sea_wfp_ship"] = dict(
    published_on="2033-08-25",  # Thursday
    meta=dict(outlet="United Nations", dateline=None,
              headline="Highlights of the Noon Briefing by Florencia Aguirre, Spokesperson for the Secretary-General"),
    quotes=[
        ("attacks on vessels carrying humanitarian cargo are unacceptable and must stop immediately,", "Secretary-General", None),
        ("Every attack on a ship like this one is an attack on the families who are waiting for it,", "Lars Hedegaard", "WFP's Country Director for Yemen"),
        ("no connection to the targeting of the ship", "Houthis", None),
        ("facilitate the entry of humanitarian aid to the Yemeni people.", "Houthis", None),
    ],
    stances=[st(None, "unattributed", None),
             st("Houthis", "denied", "Houthis"),
             st("Houthis", "claimed", "Houthis")],
    incidents=[inc("2033-08-24", "day", "southern Red Sea, some 35 nautical miles south-west of Mokha", None, None, "drone", "impact"),
               inc("2033-08-09", "day", "Red Sea, near the Hanish Islands", None, None, "missile", "impact")],
    note="UN noon-briefing highlights: title, 'by ..., Spokesperson for the Secretary-General', 'Thursday, 25 August "
         "2033', section headings in capitals (RED SEA, SYRIA, LEBANON, NOON BRIEFING GUEST), third-person reported "
         "speech, straight marks; the Spokesperson's own words are not quotes (briefing convention). The WFP-"
         "chartered MV Sahel Grace struck 'yesterday evening' by 'an uncrewed boat laden with explosives', fire, "
         "two seafarers injured: 'yesterday' is 2033-08-24 (new convention), drone (explosive-boat convention), "
         "impact, at sea (no admin1 or country). The Secretary-General (never named: bare role) in a partial quote "
         "names nobody; the WFP country director's quote follows reported speech. 'the United Nations was not in a "
         "position to attribute the attack and that, to her knowledge, no one had claimed responsibility': the "
         "unattributed pair. 'Ansar Allah, the de facto authorities in Sana'a' (canonical Houthis) said they had "
         "'no connection to the targeting of the ship' (two partial quotes): denied Houthis, asserted by the group. "
         "'On 9 August, the MV Blue Orchid was damaged by a missile in the Red Sea, near the Hanish Islands ... "
         "Ansar Allah claimed that attack': missile, impact, day precision (day-month date), claimed Houthis. UN "
         "personnel 'detained by the Houthi de facto authorities' since 2024: no stance, no incident. The Syria "
         "convoy 'yesterday', Lebanon and the guest items: no incident.",
)
A["s10_state_dept_basrah_consulate_rockets"] = dict(
    published_on="2033-09-14",  # Wednesday
    meta=dict(outlet="U.S. Department of State", dateline=None,
              headline="Condemning the Rocket Attack on U.S. Consulate General Basrah"),
    quotes=[
        ("no connection to any attack on diplomatic missions", "Asaib Ahl al-Haq", None),
        ("pursue the perpetrators and bring them before Iraqi justice, whoever they are.", "Salim al-Jubouri", "Prime Minister"),
        ("Our commitment to the people of southern Iraq has not changed, and neither has our resolve.", "Daniel Forde", "Consul General in Basrah"),
    ],
    stances=[st("Asaib Ahl al-Haq", "assessed", "Claire Sutton, Department of State"),
             st("Asaib Ahl al-Haq", "denied", "Asaib Ahl al-Haq"),
             st(None, "unattributed", None)],
    incidents=[inc("2033-09-12", "day", "U.S. Consulate General Basrah", "Basra", "Iraq", "rocket", "impact"),
               inc("2033-09-03", "day", "near Nasiriyah", "Dhi Qar", "Iraq", "ied", "impact")],
    checks=[("on Monday night", "2033-09-12")],
    note="US State Department press statement: title, 'PRESS STATEMENT', 'Claire Sutton, Department Spokesperson', "
         "'September 14, 2033', first person plural, straight marks, State's spellings ('Basrah', 'Asa'ib Ahl "
         "al-Haq', 'Kata'ib Hizballah'). Three rockets inside the consulate compound 'on Monday night', a fourth "
         "destroyed in flight: one incident, rocket, impact, Basra governorate. 'Our review of the available "
         "information has determined that the rockets were launched by Asa'ib Ahl al-Haq': firm, from a "
         "government: assessed Asaib Ahl al-Haq (canonical), asserted by the spokesperson for the Department of "
         "State (new convention). 'The group's public statement that it has \"no connection to any attack on "
         "diplomatic missions\" is not credible': a denial known from the accuser's rebuttal (as heldout10's KRSC): "
         "denied AAH, asserted by the group. 'the September 3 bombing of a U.S.-contracted logistics convoy near "
         "Nasiriyah, in Dhi Qar province, which damaged two trucks. No group has claimed responsibility for that "
         "attack': ied, impact, day precision, and the unattributed pair. The prime minister's partial quote "
         "(period inside the mark) and the consul general's quote after 'told staff ... yesterday,' name nobody. "
         "'The Iranian regime, which arms, funds, and trains Asa'ib Ahl al-Haq, Kata'ib Hizballah, and other "
         "militia groups': sponsor, no stance for Iran or Kataib Hezbollah. The 2018 suspension at the consulate "
         "after fire 'by Iran-aligned militia groups': history, no stance, no incident. Services resuming 'on "
         "Thursday': future, no incident.",
)

write_corpus(D, A)
