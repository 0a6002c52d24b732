"""The vocabulary of attribution shared by finding people, resolving references and attributing quotes."""

from __future__ import annotations

import re

SPEECH_VERB = (r"(?:said|says|say|added|adds|told|tells|stated|states|noted|notes|announced|announces|warned|warns"
               r"|wrote|writes|reposted|retweeted|declared|insisted|explained|stressed|argued|asserted|posted|tweeted|replied|responded"
               r"|confirmed|affirmed|reaffirmed|acknowledged|cautioned|urged|vowed|threatened|conceded|continued|commented|remarked"
               r"|called|calling|described|recalled|praised|hailed|condemned|welcomed|accused|accusing|claimed|denied|admitted|alleged|saying|adding|telling|warning|insisting"
               r"|stressing|noting|describing|rejecting|denying|condemning|urging"
               # A sentence may open with it: "According to a refinery engineer, “the fire ...”".
               r"|[Aa]ccording to)")
SPEECH_VERB_RE = re.compile(rf"\b{SPEECH_VERB}\b")
MARK_RE = re.compile(r"[\"“”]")
# A bare role between commas: "Sarkawt Mahmoud, spokesperson for the ministry, told ...".
BARE_ROLE = (r"(?:(?:deputy|senior|chief|acting|former|official|military|media)\s+)?(?:spokesperson|spokesman|spokeswoman"
             r"|head|director|commander|chief|minister|leader|adviser|advisor|secretary|governor|mayor|envoy)\b")
# The nouns an unnamed source goes by ("a senior security official", "the defense official").
SOURCE_NOUN = r"(?:official|source|officer|diplomat|commander)"
