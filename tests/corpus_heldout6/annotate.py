"""Hand annotations of the sixth held-out corpus (tests/corpus_heldout6).

Written blind, from scratch, by someone who had not seen the extractor's code (db/extract/, db/articles.py),
its development or earlier held-out corpus texts, its tests or its scores, and annotated without running the
extractor or scripts/eval_extract.py. Same format and checks as tests/corpus_heldout5/annotate.py (shared in
tests/corpus_tools.py): each quote is the exact text typed by hand; its offsets come from str.find on the .txt
(each must occur once, sit right after an opening mark and end at a closing mark or at the end of its
paragraph). Marks that are deliberately not quotes (scare quotes, names of groups, operations or terms set in
marks) are listed in not_quotes and checked the same way.
Run `python tests/corpus_heldout6/annotate.py` to rewrite the .json files after editing an annotation.

Conventions (as in the earlier held-out corpora): speakers of statements by a group in the gazetteer take the
canonical gazetteer name; other speakers are named as in the text (a person's full name as first given even
where the text later uses the surname only, an organisation's name as the text gives it in full, a bare role
for unnamed sources). 'last week' is published_on minus 7 days with precision week; a weekday is its most
recent occurrence on or before published_on; 'earlier this month' is the first day of the publication month
with precision month; an absolute date ('On Sept. 16', 'on Dec. 3', 'On March 3') has precision day. Places at
sea have no admin1 or country. Two launches with one interceptor miss count as one incident with outcome
impact; an explosive boat counts as a drone; rockets left unfired on the launcher of an attack belong to that
attack. New situations in this corpus: a press-briefing transcript, where the official's answers carry no
quotation marks and so give no quotes (only the marked words inside reporters' questions are quotes), while
the official's firm words still give a stance; a launcher or boat destroyed before launch is a foiled incident;
an attack with drones and missiles together takes the category of the larger number. All articles, people and
incidents are fictional.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_tools import inc, st, write_corpus  # noqa: E402

D = Path(__file__).resolve().parent


A = {}
A["s01_balad_airbase_katyusha"] = dict(
    published_on="2027-06-12",  # Saturday
    meta=dict(outlet="Iraqi News Agency", dateline="Baghdad",
              headline="Security Media Cell: Three Katyusha rockets fall inside Balad Air Base without casualties"),
    quotes=[
        ("At 23:40 on Friday night, three Katyusha rockets fell inside Balad Air Base, one of them on an empty hangar, causing material damage only.", "Security Media Cell", None),
        ("The security forces found the launch pad used in the attack in an orchard in the Al-Dujail district, and it contained two rockets that were not launched, which were dismantled by the bomb disposal teams.", "Security Media Cell", None),
        ("the security services are following up the perpetrators of this terrorist act in order to hand them over to the judiciary to receive their just punishment.", "Security Media Cell", None),
        ("the area from which the rockets were launched is an agricultural area, and it was searched in full coordination with the 41st Brigade of the Popular Mobilization Forces and the local police.", "Saad Hamid al-Ameri", "Commander of Samarra Operations"),
        ("intensify intelligence efforts in the orchards surrounding the base", "Marwan Hussein al-Samarrai", "Governor of Salah al-Din"),
        ("Targeting military bases is targeting the sovereignty of Iraq, and whoever stands behind it serves agendas that do not want stability for this country.", "Tahsin al-Shammari", "spokesman for the Commander-in-Chief of the Armed Forces"),
        ("the armed forces will not allow the return of these attacks, which belong to a stage that Iraq has passed.", "Tahsin al-Shammari", "spokesman for the Commander-in-Chief of the Armed Forces"),
    ],
    not_quotes=["Will of Victory"],
    stances=[st(None, "unattributed", None)],
    incidents=[inc("2027-06-11", "day", "Balad Air Base", "Salah al-Din", "Iraq", "rocket", "impact"),
               inc("2027-06-05", "week", "Balad Air Base", "Salah al-Din", "Iraq", "drone", "intercepted")],
    checks=[("on Friday night", "2027-06-11")],
    note="INA English house style: headline and a timestamp line, 'Baghdad-INA' on its own line, 'announced, on "
         "Saturday,' (the announcement is the publication day), straight marks, quotes introduced with a colon ('said "
         "in a statement received by INA:'), 'It added,' (pronoun back-reference to the Cell), 'noted that' / 'told INA "
         "that' / 'He stressed that' followed by quoted clauses. The date of the attack sits inside the quote ('At 23:40 "
         "on Friday night'). Three rockets fell inside the base: impact; the two unlaunched rockets on the launch pad "
         "belong to the same attack (not a separate foiled incident). 'No party has claimed responsibility': "
         "unattributed; 'whoever stands behind it' and 'perpetrators of this terrorist act' name nobody. The PMF's 41st "
         "Brigade helped search: no stance. 'last week' drone at the same base shot down ('no party claimed that attack "
         "either'): intercepted, precision week, covered by the same unattributed stance. 'Will of Victory' is an "
         "operation name (not_quotes). The Commander is named in full once, then 'Al-Ameri'. The past rocket attacks on "
         "Balad are history.",
)
A["s02_lanaz_refinery_drone"] = dict(
    published_on="2027-07-08",  # Thursday
    meta=dict(outlet="Bloomberg", dateline=None,
              headline="Drone Strike Shuts Kurdish Refinery as Iraq’s Northern Oil Flows Falter"),
    quotes=[
        ("The fire was brought under control within three hours, but the refinery will remain shut until the damage to the tank farm has been assessed,", "Ministry of Natural Resources", None),
        ("The flight path points south, toward the areas where that faction has people, but a flight path is not a signature,", "person familiar with the investigation", None),
        ("An attack on any refinery in Iraq is an attack on the fuel that every Iraqi family needs,", "Saad al-Bayati", "spokesman for the Oil Ministry in Baghdad"),
        ("Every outage in Kurdistan now lands on a market that is already short of medium sour crude,", "Henrik Vasquez", "analyst at Northgate Energy Advisors in London"),
        ("very little margin left", "Henrik Vasquez", "analyst at Northgate Energy Advisors in London"),
    ],
    not_quotes=["resistance"],
    stances=[st(None, "unattributed", None),
             st("Kataib Sayyid al-Shuhada", "suspected", "two people familiar with the investigation, via Bloomberg")],
    incidents=[inc("2027-07-06", "day", "Lanaz refinery", "Erbil", "Iraq", "drone", "impact"),
               inc("2027-07-01", "month", "Khurmala oil field", "Erbil", "Iraq", "drone", "intercepted")],
    checks=[("late Tuesday", "2027-07-06")],
    note="Bloomberg web style: headline, byline, timestamp 'July 8, 2027 at 10:14 AM GMT+3', '(Bloomberg) --', curly "
         "marks and apostrophes, a 'Read More:' line, 'With assistance from' trailer. The drone hit a tank and set it on "
         "fire: impact. 'No group has claimed responsibility': unattributed. Two people familiar say the drone was "
         "'probably launched from an area ... where units of Kataib Sayyid al-Shuhada are deployed' and 'haven't ruled "
         "out other groups': hedged, suspected KSS (judgement call: it is a launch area, not an accusation in so many "
         "words, but the hedged link to the group is the point of the paragraph). The quoted person says 'that faction' "
         "(back-reference to KSS); speaker the bare role. KSS 'didn't respond': no denial. The ministry is named as the "
         "text names it ('the Ministry of Natural Resources in Erbil', speaker 'Ministry of Natural Resources'); its "
         "quote is attributed after the fact ('the ministry said in a statement on Wednesday': the statement day, not the "
         "attack). Iran 'funds and arms' the factions: sponsor, no stance; PMF membership: linkage, no stance. "
         "'resistance' is a scare-quoted word (not_quotes). 'Earlier this month' two drones shot down near Khurmala "
         "('also went unclaimed'): intercepted, precision month, dated the 1st. The analyst's second piece is a partial "
         "quote after 'Vasquez added that' (surname-only second mention).",
)
A["s03_tanf_pentagon_briefing"] = dict(
    published_on="2027-08-26",  # Thursday
    meta=dict(outlet="U.S. Department of Defense", dateline=None,
              headline="Pentagon Press Secretary Marcus Lindqvist Holds an On-Camera Press Briefing (Excerpt)"),
    quotes=[
        ("a base of the American occupation on Arab land.", "Islamic Resistance in Iraq", None),
        ("no connection whatsoever", "Asaib Ahl al-Haq", None),
    ],
    stances=[st("Kataib Hezbollah", "assessed", "Marcus Lindqvist, Pentagon"),
             st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq"),
             st("Asaib Ahl al-Haq", "denied", "Asaib Ahl al-Haq"),
             st(None, "unattributed", "Marcus Lindqvist, Pentagon")],
    incidents=[inc("2027-08-24", "day", "At Tanf Garrison", "Homs", "Syria", "drone", "impact"),
               inc("2027-08-19", "week", "Erbil Air Base", "Erbil", "Iraq", "drone", "intercepted")],
    checks=[("On Tuesday at approximately 3 a.m.", "2027-08-24")],
    note="Pentagon transcript excerpt: title and date lines, the speaker in capitals on first turn ('PENTAGON PRESS "
         "SECRETARY MARCUS LINDQVIST:'), then 'MR. LINDQVIST:', reporters as 'Q:'. The press secretary's answers carry no "
         "quotation marks, so they give no quotes; the only quotes are the marked words reporters attribute to groups "
         "inside their questions (the IRI's claim wording, AAH's denial wording), speakers the groups (canonical names). "
         "'We assess that this attack was carried out by Kataib Hezbollah ... high confidence': assessed KH, asserted by "
         "the press secretary. The IRI 'claimed the attack': claimed IRI (the secretary calls the IRI a label KH uses: "
         "linkage, and the desk would mark the incident contested or assessed; judgement call). AAH's statement of 'no "
         "connection whatsoever', reported in a question: denied AAH (asserted by the group; the secretary says the "
         "assessment 'doesn't involve that group'). Two drones, one destroyed and one struck a building: one incident, "
         "impact. 'last week' drone near Erbil Air Base 'intercepted well outside the base' and 'We don't have "
         "attribution for that one': intercepted, precision week, unattributed asserted by the secretary. Iran 'funds, "
         "trains and equips' and 'Iranian-designed' drones: sponsor, no stance. 'claimed the attack on Tuesday' is the "
         "claim's day and the attack's day alike; 'Tuesday's attack' repeats it. Tanf's admin1 is Homs governorate "
         "(the text does not say so; from geography).",
)
A["s04_red_sea_centcom_asbm"] = dict(
    published_on="2027-09-17",  # Friday
    meta=dict(outlet="U.S. Central Command", dateline="TAMPA, Fla.",
              headline="Houthi Anti-Ship Ballistic Missile Strikes Merchant Vessel in Red Sea; CENTCOM Forces Destroy Houthi USV"),
    quotes=[
        ("These reckless and unprovoked attacks by the Iranian-backed Houthis endanger the lives of innocent mariners and the free flow of commerce through one of the world's most important waterways,", "Gregory Hale", "commander of U.S. Naval Forces Central Command"),
        ("We will continue to act to protect freedom of navigation and to degrade the Houthis' ability to threaten it,", "Gregory Hale", "commander of U.S. Naval Forces Central Command"),
    ],
    stances=[st("Houthis", "assessed", "US Central Command")],
    incidents=[inc("2027-09-16", "day", "southern Red Sea", None, None, "missile", "impact"),
               inc("2027-09-15", "day", "coast near Ras Isa", "Hudaydah", "Yemen", "drone", "foiled")],
    note="CENTCOM press release: title-case headline, date line, 'Release Number:' and 'PRESS RELEASE' lines, dateline "
         "'TAMPA, Fla. --', absolute dates ('On Sept. 16', 'on Sept. 15'; no weekdays, so no checks), times in Sanaa "
         "time, straight marks, quote with 'said Vice Adm. ...' after it, then 'Hale said' (surname only) after an "
         "intervening paragraph. 'Iranian-backed Houthi terrorists launched one anti-ship ballistic missile': firm, "
         "assessed Houthis, asserted by CENTCOM (one pair for both incidents). The missile struck the M/V Coral "
         "Meridian and started a fire: impact, at sea (no admin1/country). The USV 'being prepared for launch' near Ras "
         "Isa and destroyed 'before it could be launched': an explosive boat counts as a drone, foiled, on land in "
         "Hudaydah governorate (judgement call: it is a pre-emptive strike, kept as a foiled Houthi attack). The IRGC "
         "'supplied' the missile type and Iran's 'continued supply of advanced conventional weapons': sponsor, no stance. "
         "The 160-vessel tally since November 2023 and 'fourth Houthi attack since Aug. 1' are history. The USS Halsey "
         "standing by is no incident.",
)
A["s05_thiban_ied_sohr"] = dict(
    published_on="2027-10-12",  # Tuesday
    meta=dict(outlet="Syrian Observatory for Human Rights", dateline=None,
              headline="Deir Ezzor countryside | Three SDF members killed in IED explosion in Thiban town"),
    quotes=[
        ("The explosion was heard across the town. The SDF closed all roads leading to Thiban immediately and began raiding houses on the eastern edge, where they arrested several young men.", "local source", None),
        ("People here are afraid of both sides now, the cells at night and the raids during the day.", "local source", None),
        ("The cowardly attack was carried out by ISIS mercenaries who are trying to revive their activity in the region, and our forces have arrested two of the elements involved in planting the explosive device.", "SDF media centre", None),
    ],
    not_quotes=["Syrian Democratic Forces", "security sweep"],
    stances=[st("Islamic State", "suspected", "Syrian Observatory for Human Rights"),
             st("Islamic State", "assessed", "SDF media centre"),
             st(None, "unattributed", None)],
    incidents=[inc("2027-10-10", "day", "Thiban", "Deir ez-Zor", "Syria", "ied", "impact"),
               inc("2027-10-03", "day", "road between Al-Busayrah and Al-Zir", "Deir ez-Zor", "Syria", "ied", "foiled")],
    checks=[("on Sunday evening", "2027-10-10")],
    note="SOHR English house style: 'Place | headline' title, date line, 'SOHR activists have documented', 'According to "
         "SOHR sources', curly marks, the group's name in marks ('“Syrian Democratic Forces”', not_quotes) and a term "
         "the SDF councils used in marks ('what they called a “security sweep”', not_quotes: a name for an operation, "
         "judgement call). 'The attack is believed to have been carried out by ISIS cells': hedged, suspected IS, "
         "asserted by SOHR. 'ISIS has not claimed responsibility for the attack so far': no claim (the group is "
         "suspected, so it is not scored as a separate unattributed stance for this attack; see below). The SDF media "
         "centre's 'The cowardly attack was carried out by ISIS mercenaries' with two arrests: firm, assessed IS "
         "(speaker named as the text names it). The local source's quote follows 'told SOHR:' on its own line and runs "
         "over two paragraphs (the first left open); both pieces are the bare role. On October 3 an IED was dismantled "
         "before it exploded ('No party was identified as responsible for planting it'): foiled, unattributed (this is "
         "the article's one unattributed stance). 'on Sunday evening' is the Thiban blast. The 94-operation tally since "
         "early 2027 is history; SOHR's closing call is no statement about an incident.",
)
A["s06_harir_competing_claims"] = dict(
    published_on="2027-11-18",  # Thursday
    meta=dict(outlet="Asharq Al-Awsat", dateline="Baghdad",
              headline="Two Iraqi Factions Claim Drone Attack on Harir Base, Kataib Hezbollah Distances Itself"),
    quotes=[
        ("the occupation base in Harir with two drones that hit their targets accurately", "Saraya Thar al-Muhandis", None),
        ("the blood of the martyr leaders", "Saraya Thar al-Muhandis", None),
        ("as part of the second phase of operations to expel the occupation forces", "Ashab al-Kahf", None),
        ("The brothers in Kataib Hezbollah have no relation to what happened in Harir, and we remain committed to the decision of the coordination framework of the resistance.", "Abu Mujtaba al-Saedi", "Kataib Hezbollah's security official"),
        ("does not hide behind other names when it decides to act.", "Abu Mujtaba al-Saedi", "Kataib Hezbollah's security official"),
        ("a smokescreen", "senior Kurdish security official", None),
        ("We know the drones came from the direction of the Nineveh Plains, and we have handed everything we have to Baghdad,", "senior Kurdish security official", None),
        ("a terrorist act targeting the security and stability of the region", "Kurdistan Region's Ministry of Interior", None),
        ("take its responsibility", "Kurdistan Region's Ministry of Interior", None),
    ],
    not_quotes=["Saraya Thar al-Muhandis", "Ashab al-Kahf", "truce"],
    stances=[st("Saraya Thar al-Muhandis", "claimed", "Saraya Thar al-Muhandis"),
             st("Ashab al-Kahf", "claimed", "Ashab al-Kahf"),
             st("Kataib Hezbollah", "denied", "Abu Mujtaba al-Saedi")],
    incidents=[inc("2027-11-17", "day", "Harir air base", "Erbil", "Iraq", "drone", "impact")],
    checks=[("shortly after midnight on Wednesday", "2027-11-17")],
    note="Asharq Al-Awsat English style: headline, date line 'Thursday, 18 November, 2027 - 07:30', 'Baghdad - "
         "<reporter>' line, curly marks with the closing mark before the full stop, British spelling. Competing claims "
         "by two front groups, each named in marks (not_quotes: the names are not statements): 'Saraya Thar al-Muhandis' "
         "(not knowingly in the gazetteer; named as the text gives it) and 'Ashab al-Kahf' (canonical form as in "
         "earlier corpora): two claimed pairs, so the incident is contested. KH's security official (kunya name 'Abu "
         "Mujtaba al-Saedi', given in full, then 'Al-Saedi') says KH has 'no relation to what happened in Harir': denied "
         "KH. 'which Washington has long accused of standing behind such front names' is background linkage, no "
         "suspected stance. The Kurdish official's 'a smokescreen' and 'the drones came from the direction of the "
         "Nineveh Plains' name nobody, and he 'declined to say which faction': no stance. The ministry is named as the "
         "text gives it; its words name nobody. One drone shot down and one exploded near a hangar: one incident, impact. "
         "The attack is dated by 'shortly after midnight on Wednesday' (the claims were also made on Wednesday). The IRI's "
         "2023-24 claims are history; 'truce' is scare-quoted (not_quotes).",
)
A["s07_zilkan_pkk_mortar"] = dict(
    published_on="2027-12-13",  # Monday
    meta=dict(outlet="Anadolu", dateline="ANKARA",
              headline="PKK terrorists target Turkish base in northern Iraq with mortars, no casualties: Defense Ministry"),
    quotes=[
        ("Four mortar rounds fired by PKK terrorists from the Maqlub mountain area landed inside the perimeter of our Zilkan base. There were no casualties or damage among our heroic personnel,", "Kerem Tunalı", "spokesperson of Türkiye's National Defense Ministry"),
        ("the necessary response was given to the terrorists in line with the right to self-defense.", "Kerem Tunalı", "spokesperson of Türkiye's National Defense Ministry"),
        ("Those who hoped that this terrorist organization had changed its nature have once again seen its true face.", "Kerem Tunalı", "spokesperson of Türkiye's National Defense Ministry"),
        ("We see that the terrorist organization is trying to use drones supplied by its supporters in the region, but our air defense systems are at the highest level of readiness,", "Kerem Tunalı", "spokesperson of Türkiye's National Defense Ministry"),
    ],
    not_quotes=["hardline"],
    stances=[st("Kurdistan Workers' Party", "assessed", "Kerem Tunalı, Turkish National Defense Ministry")],
    incidents=[inc("2027-12-12", "day", "Zilkan base", "Nineveh", "Iraq", "mortar", "impact"),
               inc("2027-12-03", "day", "Bamarni base", "Duhok", "Iraq", "drone", "intercepted")],
    checks=[("overnight Sunday", "2027-12-12")],
    note="Anadolu style: headline ending ': Defense Ministry', summary line, byline '|13.12.2027 - Update : "
         "13.12.2027', 'ANKARA' on its own line, 'PKK terrorists' / 'terror group' throughout, straight marks. The "
         "ministry spokesman is named with rank and a role appositive after the name ('Rear Admiral Kerem Tunalı, the "
         "ministry's spokesperson'), then 'Tunalı' and 'He'; the first quote comes before the attribution, the second is "
         "a partial quote after 'and that', the third follows 'He added:'. 'Four mortar rounds fired by PKK terrorists "
         "... landed inside the perimeter': firm, assessed PKK (canonical 'Kurdistan Workers' Party'), impact. The "
         "attack is dated 'overnight Sunday' (Sunday 12 December; the announcement is Monday's). 'on Dec. 3' an "
         "explosive-laden drone 'launched by the terror group' toward the Bamarni base was shot down: intercepted, "
         "same assessed pair. 'drones supplied by its supporters': vague sponsor, no stance. The 2021 rockets on "
         "Bashiqa 'blamed on Iran-backed groups', the 40-year campaign and the 2025 dissolution are history. "
         "'hardline' is a scare quote (not_quotes). Zilkan is also called the Bashiqa base (place given as 'Zilkan "
         "base', judgement call). The Turkish return fire ('the necessary response was given') is no incident.",
)
A["s08_safer_marib_missile"] = dict(
    published_on="2028-01-19",  # Wednesday
    meta=dict(outlet="Al Arabiya English", dateline=None,
              headline="Yemen’s army says Houthi missile hit Safer oil facility in Marib; Houthis deny"),
    quotes=[
        ("The Iranian-backed Houthi militia fired a ballistic missile at the Safer facilities, which supply cooking gas to all Yemeni provinces, including the areas under its control,", "Nabil al-Hakimi", "spokesman for the Yemeni armed forces"),
        ("This criminal attack confirms once again that the militia is not interested in peace and does not care about the suffering of Yemenis.", "Nabil al-Hakimi", "spokesman for the Yemeni armed forces"),
        ("nothing to do", "Mohsen al-Shami", "member of the group’s political bureau"),
        ("What happened in Safer is the result of the mismanagement and corruption of the mercenaries, and they are trying to cover their failure by accusing Sanaa,", "Mohsen al-Shami", "member of the group’s political bureau"),
        ("committed to the de-escalation understandings", "Mohsen al-Shami", "member of the group’s political bureau"),
        ("following with concern", "UN special envoy’s office", None),
    ],
    stances=[st("Houthis", "assessed", "Nabil al-Hakimi, Yemeni armed forces"),
             st("Houthis", "denied", "Mohsen al-Shami")],
    incidents=[inc("2028-01-17", "day", "Safer oil and gas facilities", "Marib", "Yemen", "missile", "impact"),
               inc("2028-01-01", "month", "Marib city", "Marib", "Yemen", "drone", "intercepted")],
    checks=[("late on Monday", "2028-01-17")],
    note="Al Arabiya English style: headline, outlet line, 'Published: 19 January ,2028: 02:15 PM GST' (stray comma as "
         "on the site), no dateline, curly marks. The army spokesman (rank, name, role appositive after the name; then "
         "'Hakimi') says firmly 'The Iranian-backed Houthi militia fired a ballistic missile at the Safer facilities': "
         "assessed Houthis; his second quote is a paragraph of its own with no attribution (continuation). The Houthis "
         "('who call themselves Ansar Allah') 'rejected the accusation' and had 'nothing to do' with it: denied, asserted "
         "by the political bureau member (named in full once, then 'he'). So the incident is contested. The missile hit "
         "and set a unit on fire: impact. 'Earlier this month' drone intercepted over Marib city, 'an attack the "
         "government also blamed on the Houthis': intercepted, precision month, dated the 1st; covered by the same "
         "assessed pair. The deputy governor's reported speech (no marks) about fragments supports the assessment, no "
         "quote. Iran 'supplies the Houthis ... according to UN experts': sponsor. The 2020-22 offensive and the 2022 "
         "truce are history. The UN envoy's office's partial quote names nobody.",
)
A["s09_kiryat_shmona_rockets"] = dict(
    published_on="2028-02-12",  # Saturday
    meta=dict(outlet="The Times of Israel", dateline=None,
              headline="IDF says Hamas operatives in Lebanon fired rockets at Kiryat Shmona; Hezbollah denies role"),
    quotes=[
        ("Following an initial investigation, it was determined that the launches were carried out by Hamas terrorists operating from Lebanese territory, in the area of Khiam,", "Israel Defense Forces", None),
        ("the Lebanese state responsible for every launch from its territory,", "Amit Sharon", "military spokesman"),
        ("The Islamic Resistance has no connection to the rockets that were fired on Thursday, and it is not concerned with any claim attributed to it,", "Hezbollah", None),
        ("The army will not allow anyone to jeopardize the security of the south or drag Lebanon into a confrontation,", "Lebanese army", None),
        ("We were promised that this was over. On Thursday my kids slept in the shelter again,", "Yael Ben-Haim", "mother of three from the town"),
    ],
    not_quotes=["Islamic Resistance in Lebanon"],
    stances=[st("Hamas", "assessed", "Israel Defense Forces"),
             st("Hezbollah", "denied", "Hezbollah")],
    incidents=[inc("2028-02-10", "day", "Kiryat Shmona", "Northern District", "Israel", "rocket", "intercepted"),
               inc("2028-02-11", "day", "Qlayleh, south of Tyre", "South Governorate", "Lebanon", "rocket", "foiled")],
    checks=[("on Thursday evening", "2028-02-10"), ("On Friday, the Lebanese army", "2028-02-11")],
    note="Times of Israel style: headline, subheadline, byline, '12 February 2028, 1:05 pm', no dateline, curly marks, "
         "'terror group' for Hezbollah and Hamas. The IDF statement 'it was determined that the launches were carried "
         "out by Hamas terrorists': firm, assessed Hamas (speaker and asserter the IDF as named in full at first "
         "mention). All three rockets intercepted; shrapnel of the interceptions fell in an open area: intercepted (not "
         "an interceptor miss). The spokesman's partial quote holds 'the Lebanese state responsible' and he 'stopped "
         "short of accusing Hezbollah': no stance for Lebanon or Hezbollah (judgement call: holding the state "
         "responsible is policy, not attribution). Hezbollah's statement speaks of itself as 'The Islamic Resistance': "
         "denied Hezbollah, speaker the group; the name 'Islamic Resistance in Lebanon' in marks is not_quotes (and is "
         "not the Iraqi umbrella). 'Hamas did not comment' and its past non-denials are background, no stance; the "
         "2023-24 launches the IDF attributed to Hamas are history. 'On Friday' the Lebanese army found a launcher "
         "loaded with four rockets near Qlayleh, south of Tyre: foiled, dated the day the army said so (judgement call; "
         "admin1 the South governorate, spelled 'South Governorate'). The army's own quote names nobody. 'said Saturday' "
         "is the publication day. 'On Thursday' in the resident's and Hezbollah's quotes repeats the attack day.",
)
A["s10_koya_irgc_strike"] = dict(
    published_on="2028-03-09",  # Thursday
    meta=dict(outlet="Xinhua", dateline="BAGHDAD",
              headline="Iran's IRGC says it struck Kurdish \"separatists\" in northern Iraq"),
    quotes=[
        ("the headquarters of separatist terrorist groups", "Islamic Revolutionary Guard Corps", None),
        ("precision missiles and suicide drones", "Islamic Revolutionary Guard Corps", None),
        ("The operation will continue until the threats against the security of the country's borders are completely eliminated and the bases of these groups are dismantled,", "Islamic Revolutionary Guard Corps", None),
        ("a flagrant violation of Iraq's sovereignty and of the principles of good neighborliness.", "Iraqi Foreign Ministry", None),
        ("resort to dialogue and the joint security mechanisms instead of military action.", "Iraqi Foreign Ministry", None),
        ("The Kurdistan Region will not be a launching pad for attacks against any neighboring country, but we also reject the bombing of our villages under any pretext.", "Dilshad Karim", "Kurdistan Region government spokesman"),
        ("respects the sovereignty and territorial integrity of Iraq,", "Hossein Rahimpour", "Iranian Foreign Ministry spokesman"),
    ],
    not_quotes=["separatists"],
    stances=[st("Islamic Revolutionary Guard Corps", "claimed", "Islamic Revolutionary Guard Corps"),
             st(None, "unattributed", None)],
    incidents=[inc("2028-03-08", "day", "Koya", "Erbil", "Iraq", "missile", "impact"),
               inc("2028-03-03", "day", "Sidakan", "Erbil", "Iraq", "drone", "impact")],
    checks=[("local time on Wednesday", "2028-03-08")],
    note="Xinhua style: 'BAGHDAD, March 9 (Xinhua) --', 'Enditem', straight marks. A state force's claim: the IRGC "
         "Ground Force 'said ... it targeted' the headquarters: claimed, speaker and actor 'Islamic Revolutionary Guard "
         "Corps' (the full name the text gives; whether the gazetteer holds the IRGC, and under which name, is not known "
         "to the annotator). The statement is carried by Tasnim: the speaker is still the IRGC. 'on Thursday' is the "
         "claim's day (publication day); the attack was 'a day after', 'at around 5 p.m. local time on Wednesday'. One "
         "drone and three missiles hit the camp near Koya ('also known as Koysinjaq'): one incident, weapon category "
         "missile (the larger number; judgement call), impact (one killed, four wounded). The headline's 'separatists' "
         "is a scare quote (not_quotes; the IRGC's own words in the body are the quotes). The Iraqi Foreign Ministry, "
         "the KRG spokesman and the Iranian Foreign Ministry spokesman name no other culprit and deny nothing: no "
         "stance ('respects the sovereignty' is no acknowledgement beyond the IRGC's own claim). 'On March 3' drone "
         "strike near Sidakan ('No party has claimed responsibility for that strike'): unattributed, impact, admin1 "
         "Erbil (Sidakan is in Soran district; the text says only 'close to the Iranian border'). The 2023 security "
         "agreement and Iran's accusations against the groups are background.",
)

write_corpus(D, A)
