"""The fresh evaluation sets of benchmarks/data/ are frozen: pinned bytes, valid lines, known category ids.

Each set was written blind (see benchmarks/README.md) and is for reporting only: a changed, truncated or
mislabelled set fails here before anyone reports a figure on it.  A changed file is a new set, not this one.
The checks read docs/spec/taxonomy.md with re and the lines with json; chats must also parse with the
product's own log parser.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from zhijian.audit.conversation import parse_conversation

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
TAXONOMY = ROOT / "docs" / "spec" / "taxonomy.md"

PINNED = {
    "fresh_messages.jsonl": "3f40c4f46e60dc4ceab65e1aed215ced7f2f83b3924d2dbca9430dc10f68d55d",
    "fresh_chats.jsonl": "eb6a9c5456577741d37ccc180279d1c30b235ec985b0cba8b906613b0762a892",
    "fresh2_chats.jsonl": "a4f34e2d9709eeb38c3b2250d667d4fb8122cafa56649e943fc599c776ecab8c",
    "fresh3_messages.jsonl": "c28b5e5cf9f8e65a0a5f6c3de32a77c5dffaf69fc5f4e1599851c1b9b0fffd70",
    "fresh3_chats.jsonl": "d8485955788e0cac4f0c4d3e7acacd301621c3945008a63bd43d11923b537daf",
    "fresh4_messages.jsonl": "8a3eab1ab434c1c9f5ebf82f560dc3735d88602dfaa81e3f0489104b0742e3bc",
    "fresh4_chats.jsonl": "58849978b34a862c5a0ed7c573e5c387d153620793ec17520eeab1753fcf21d6",
    "fresh5_messages.jsonl": "01e591d3cf50a92b53cb0bc001d97dd34271224952548139a700b7c276eb4580",
    "fresh5_chats.jsonl": "00925a58fca316e07440087e06b204886323ac951ae3f1c5dcd9f3d090adcf3e",
    "fresh6_messages.jsonl": "5ace51d19f875477f40ed1e4e80ed0e38575eebbb0c7e1228974d88df6099e25",
    "fresh6_chats.jsonl": "2f04205232b8f1d597f545cc952bd5e1ad3fc1b437b35b97d02b4a8d5a721ada",
    "fresh7_messages.jsonl": "bb23ccdd761cbb13b087813dd963cde387e4167e507c6edce8e08504e02c464d",
    "fresh7_chats.jsonl": "f96edebc2f9fafca58bcb49ac5673da540558eaba0ee0e61f26c072b1a6e30c9",
    "fresh8_messages.jsonl": "26582751e2251ffb1589221ba58dd2e531f2132f73e0ab2c0be7ca8ad7021d57",
    "fresh8_chats.jsonl": "95b83ff888033481ed03569c027b4578dd2283ae1dcd61502ea7ed1e9cab8b8b",
    "fresh9_chats.jsonl": "3ee41a49f81efb9a1b980d0018958de0782bbbed1009641a75acdb64bfdf1f1f",
    "fresh11_chats.jsonl": "9dd3e449c427e0cdb9c9b1b77abcbb45401ee2d52e8a0a01a36c3a6e2d85c9cc",
    "fresh10_messages.jsonl": "5d66fb3c9c3579eabd6904f5aae9559c29af5e94fb71e5c96535b92ecdd2a062",
    "fresh10_chats.jsonl": "7c69c4cc687e84d5d8b2837b682f3d057dfc23c0f4a1afe4911913e2c944fefa",
    "fresh9_messages.jsonl": "8a0dcc4fd415f9b290818e18569df5d9a7a7dbe7b807fd60dc47097ce409b98e",
    "fresh12_messages.jsonl": "67aa6bca92a85f6ca03a7a93687401c65fc5038ec427a8b9c0b4cbfd5ab6851e",
    "fresh12_hard_messages.jsonl": "c201e738c080ff5f4e1f62b88ae3f46d6bb637c27ed5b10f217580d36a7d31e4",
    "fresh12_chats.jsonl": "7595ffcfa95fab47532def224404ec4914ee211d0b9df8c34fbd3abec8062e64",
    "fresh13_messages.jsonl": "81dacd34d8917aab83738d1de353f4123716e4046165ead27cb2643712b586fb",
    "fresh13_hard_messages.jsonl": "cf579ea09827bb93368ef4d18782a05792b2c93451bb78b816b8d8158d9c6726",
    "fresh13_chats.jsonl": "8bf11ceadaa8d9a8b0a523925104d9c72298ddc6a6a12f198f4569db9ca65d07",
    "fresh14_messages.jsonl": "845f1d6d4185ba44211fd0e6c61a1dd00f0deb90df8fad8d2b06142252745c3e",
    "fresh14_hard_messages.jsonl": "8bed0476e635af4067684d1b9e73f924f0b76be89f97aae1d10ad9aca047133b",
    "fresh14_chats.jsonl": "097b6d6284b60ffbfaaebf21b6228ae68beb47dc6f9af6efe084cdfba532bbcb",
    "fresh15_messages.jsonl": "3069fbab39a696d0d8901cfbf04057e57b1c6273a6efc0e8fde698f44d413c1f",
    "fresh15_hard_messages.jsonl": "b11bb20fa494387a287924e5a842708736b5c7e639fe399a239e0b6ae7c67063",
    "fresh15_chats.jsonl": "c04394ac1f002be67b4e3ac432b8d472416fefc141ef4a163184a0d1226aaf97",
    "fresh16_messages.jsonl": "c7728c0eb3f80f1da9a7f568e7ae1d1eb3ffebc3339ffff6845e68c8e2ccb2eb",
    "fresh16_hard_messages.jsonl": "46b1014db85a3f9d40758d66e2a57d9d8eb4cc5a53264cbae86719330c448074",
    "fresh16_chats.jsonl": "7a7bcb40a4a24b4091d7a184c91f65c95beca0c9bc341758e00cb18f1d6698c9",
    "fresh17_messages.jsonl": "8d2c5187447326e034e482627fa9230524d5c43ddfb567cd6cdf9531dac4032f",
    "fresh17_hard_messages.jsonl": "561555d89766492b36ca1a2ebceffe1686da2cd746c49e18838766f5e9cc23b6",
    "fresh17_chats.jsonl": "c5f8b18fcce3f62df916ab54128e24c0dd1fa8bce187af73149240d3605e8b1c",
    "fresh18_messages.jsonl": "da5f7c10b38a116c067b9184ab412ceabc6d7d1dbb265baa46f5fbe9ffe06551",
    "fresh18_hard_messages.jsonl": "a3f4e7b550c306c18d2aa99190fb97936fb278b0c4e6a4f45afbd4c48c7b4ea7",
    "fresh18_chats.jsonl": "0a23adf4943b88e63da00ad7319c96d0b513a9946168cf0b23562b6124000dbf",
    "fresh19_messages.jsonl": "63fde91081e3fff9d5712be5ec5b794b1ccb0d06432de61e0bcee050f4d06dab",
    "fresh19_hard_messages.jsonl": "e674cf20e656375058db190f5012a4be0857627852eea46dfb692d086033f051",
    "fresh19_chats.jsonl": "5d613047a260dd84d0cda895f7340a8021f2a8474188cebba616fcdb9c4df5c8",
    "fresh20_messages.jsonl": "86c47c8af177a7253aee74e8f2d072a4a6c66e735a4ca0586ae514ed2023c57d",
    "fresh20_hard_messages.jsonl": "337e871831203c50a2c2465d723043af32baad8331f393aa8ee37ee27f25ff37",
    "fresh20_chats.jsonl": "cd52ae8a279d0238a789bfecb504dd0af948a03397d66a26022c01f430ea2ef4",
    "fresh21_messages.jsonl": "9b1bbbbb4e0d47a8bc2658162a12516f74aedb653041d25f311ece984839cbc5",
    "fresh21_hard_messages.jsonl": "2df87796789b28aa74928a616ceeb497014d355cede50524418d3b7ae3accf8e",
    "fresh21_chats.jsonl": "c9cb9828741f9e81db76f322f43fc83c1611134e31b229de385ea00a4f342205",
    "fresh22_messages.jsonl": "afe27bb159508751fcc1cce47a884a7c4be5fd9ff1a999e5ca614ba2089fea0a",
    "fresh22_hard_messages.jsonl": "f468691c67bd972a1144012d1734708bc101401b3b2c78ea89711c77da7b1cd4",
    "fresh22_chats.jsonl": "f910d97244a9e187965188b763c9a338fcf3d88d6a96818dc45630f58bb353d9",
    "fresh23_messages.jsonl": "dacf97109fd0c8ee79c5a8c65a27d065e7aadbdf67fbd341404f31043cdf2297",
    "fresh23_hard_messages.jsonl": "d5d7a1867b4361223ca9d6f0a01f7b1a501620cc736b25fa32ddc2a9caacb350",
    "fresh23_chats.jsonl": "f3c4c9eaec518e749707c4f1e122e3b67f798fe6ff5b175acb9b0bbc8bed7ae5",
    "fresh24_messages.jsonl": "e7abb5acfa9e1ef23a74397e6315b19f6ee38201072dcd8fb7d7d5ec6ad4bb3b",
    "fresh24_hard_messages.jsonl": "72333082d67f094aa328d89d27374bac68ff57a7f60436265002776a448e0c8d",
    "fresh24_chats.jsonl": "2f1acf25fc735e96864f56b61ad5816adfc4bebfd8c8a249d68ca92713c921ee",
    "fresh25_messages.jsonl": "a06914b926e0a5fc20cee7053ee30ee21ee7386c1f74aa01ad06e6d8e56665f2",
    "fresh25_hard_messages.jsonl": "8e2411f9098d79339f22f90c7c3c5add4f6152c33f3708f75afcec6c1969209a",
    "fresh25_chats.jsonl": "bc71b6003ff8612fa5a60ca9b57eac079d599803b45f5d2acba282a77f1918b5",
    "fresh26_messages.jsonl": "6e3a93848d157a8089f496ba4e0f42d6dd19b579894c3656c844d0155cf6dbed",
    "fresh26_hard_messages.jsonl": "99d22c7e45754cc1273a266f2604b06ab652bf28db44f360f1aa67f7a6eb5edc",
    "fresh26_chats.jsonl": "04c74c5887848dd494e3f8f82675f91279ececea32897e847cf3f21bfbd33198",
    "fresh27_messages.jsonl": "141ad70ca654d763890939b51fde1dea2c9fe7a02df134466385b39048d7f7ce",
    "fresh27_hard_messages.jsonl": "e5d70b6589093984aaa2c0e9b5cfe9976ceb97ce54f0f5c55eb540dac2f2c92a",
    "fresh27_chats.jsonl": "be5bfd22d27854f34b3c3a7738d9d7a832e557f146b3be73c6243becc09e47ce",
    "fresh28_messages.jsonl": "77d9ab4a718bb462e32c1ec63f4db8eab95db08df9d464f9faaf39ac48b1c2f7",
    "fresh28_hard_messages.jsonl": "96bb83bb9f191c0293df7e6f253237d16362d307fc89fad708b2694b4052041b",
    "fresh28_chats.jsonl": "85470cc5fa4cf4b0483cd0da1ce0d66d7224edd697d04111f2f6dd7224b04485",
    "fresh29_messages.jsonl": "f07d56365732676e4fe7eb6bf8b3e0ebbdf0c0810b0ef96f460efd1adaed3745",
    "fresh29_hard_messages.jsonl": "d868d479b3939e25936d7c3e511a13f1d1f72d8d476425d4ab59bbeb6f9261e4",
    "fresh29_chats.jsonl": "187a54395b51d745a3d54b101a06f5e53c5ef733aee20b014b2a9b4a605a294b",
    "fresh30_messages.jsonl": "0c55d008935be8924f438355d5458c7a735c44b385655c4b1c00654658a810bf",
    "fresh30_hard_messages.jsonl": "2be897a8fa3950e405a481d0d117b944422cd40e40b2a036818b4d72614201c9",
    "fresh30_chats.jsonl": "231acf8fa5f165e86f19a7c79499203bde12a41bdfe4d16e0739e2cd5ed48646",
    "fresh31_messages.jsonl": "b3189b0f391a5a2b09e2564cfd78875f59e7cf8aaffa67ee9a29628a305ee2d6",
    "fresh31_hard_messages.jsonl": "e4c6fd4f82bb46bf1b4f0ae0065c838a0d3cc632e3e88ccc3cdf0954967fe94a",
    "fresh31_chats.jsonl": "b76174b594df06838defbb41db5382f65920eff350292f844b7ea0fd42b0b9df",
    "fresh32_messages.jsonl": "2e72fde61bf0d03e0e4491ebf5b270be1a2644175b943f67f8563fd143fe6741",
    "fresh32_hard_messages.jsonl": "38ee38757dd745e642899518b8d07744fa00074b6c5cd9b6da442cda94fcebda",
    "fresh32_chats.jsonl": "21df2ed080d9c6fb0b71e9df6cfc60247b0272301ead0d437188f720e2b006cc",
    "fresh33_messages.jsonl": "17ab561c90cb240daefaff1607d1add1fc973a9610d0765e2947cbd8b864b27c",
    "fresh33_hard_messages.jsonl": "9cd6bb3aa2a75a426c7f19d3bc17327af79b3c856a7530b5d785bd36bc3968b2",
    "fresh33_chats.jsonl": "6d1343b37b3d0b81a72bcba274350324b5105eda8d44fe97883cfc35957b6aa5",
    "fresh34_messages.jsonl": "ccc0f25f72e5db0fd29bdbb06312b1aa621f3bd17f0d6f385a45a74a79c39ef7",
    "fresh34_hard_messages.jsonl": "6319f922eb08033628b800338995e88101b09a8cfc0163b3f997d27032ebee73",
    "fresh34_chats.jsonl": "e1022a2b0a032a6515003eec186ed5ee2746e7937fac548adc6ee8e484458dfe",
    "fresh35_messages.jsonl": "d33c560a8cca3ffaf5b75056b0731ffadac59e2856b84c2e7d57ed3c2181f363",
    "fresh35_hard_messages.jsonl": "d5bfd0b72ddd629ce14dd9ddf08d03ca7349847aacdbdb8b0182a6121a97add5",
    "fresh35_chats.jsonl": "3e35aa28ca32ff1ef2257db708ed266bdfc6ff405f19952a5b6f1409b38503b0",
    "fresh36_messages.jsonl": "c4bdd3f6d05a56f44c5d34e8c0ed35c7afd6e48a52a7b75413ad45f5fc0ebee7",
    "fresh36_hard_messages.jsonl": "dc904f7ddc3c9ba5c115964a774a3be5bc76d1ad59c67057311093c94bf39c80",
    "fresh36_chats.jsonl": "f8646cf49b8c4999f22bbbe158b63f34bb7151277c162e36ef57b2a5937872b1",
    "fresh37_messages.jsonl": "018840cea41b8e45b3f27ae299ea0a4ff7fa0e60236012131ce1a71902ea3d1b",
    "fresh37_hard_messages.jsonl": "ec0d0876dd13026da1ee64e6ae7a7ced92dbe72f5bde5a5b807f2606d9820fd8",
    "fresh37_chats.jsonl": "58238a45aeadfc67aa8b0ab73a6e621dc4c354b2f2d3f032575299453237c095",
    "fresh38_messages.jsonl": "d1fccaae1f419881afe145e6646e401f66d908eda90b3b989fa564f2325d1d49",
    "fresh38_hard_messages.jsonl": "805fd187078dbff0bb4e31aca975b0cf6233c23a07e849e240dfea609f7138b8",
    "fresh38_chats.jsonl": "6955d07b076cce7fda5ccf8c1955c3451de23b1d126b5174c404dd0f68d1fdea",
    "fresh39_messages.jsonl": "d51e36a691be48614ab6676101138f07212f5bc84b280d7c4a09eff09a021f11",
    "fresh39_hard_messages.jsonl": "9f806aa9a615289be7ac4f32e77f35fd33e98a0c32060cdf94d2ef44565c4ca1",
    "fresh39_chats.jsonl": "48fe520bb92ea00c97fd2f5088765d72bf7fa0e70acad3ef3ad565486b44b11b",
    "fresh40_messages.jsonl": "6ff70506417146769ce7eb92c6fa82919b71260431efae35219b83066d0a6b29",
    "fresh40_hard_messages.jsonl": "fc2d89dbfdef177862bcf3c93000984a38095e4cb9fba7c17e6fc000a65d86c8",
    "fresh40_chats.jsonl": "20314e60fb95a84ca81093f03822475d421c754adcbbde48e09300004d2f9d35",
    "fresh41_messages.jsonl": "333148327eb2b48c0940ad9f77fc57c96f7d66d1c4e9bdf8603448e429bc692a",
    "fresh41_hard_messages.jsonl": "f377078fbd518e9af8e58c702bef3811aa3660a253cfe8fc187580b1f27ab860",
    "fresh41_chats.jsonl": "25a0aded1d4a064573fc9c11db4d5a45481979626c726fd834158d576f4ef0c9",
    "fresh42_messages.jsonl": "419b4a5481613ad1485b690e4fc159f5878d72d82ab80ff2cee3f3807fd83461",
    "fresh42_hard_messages.jsonl": "7aab2725a39a54444b8c6ac7039eac72d2c43423bb8ee421578768624a28e911",
    "fresh42_chats.jsonl": "e0e65105984b48249cdeeb5b8fb7d77d966b6737f9b2ecae4d1c1e50a83d5cfb",
    "fresh43_messages.jsonl": "1cd4e5dff71d6877b2e5b1626daef132ed8fa9c97b3d7e5ba96a9da24b1ec806",
    "fresh43_hard_messages.jsonl": "7a257ab86d11a3ae3b9df2ce02780a1741ed704b86bab6ea1e59e9eb5c2583fe",
    "fresh43_chats.jsonl": "3c0d0e10797bcf4d578b9f868316b04ba6ab82c981c2c105d44f10f45e7851a9",
    "fresh44_messages.jsonl": "ef3e2784f9959dc0375cdd0d478286a3ec23bf09315beb00f28a5e3903ce563e",
    "fresh44_hard_messages.jsonl": "18990c32cf34a83d77485b40189012d1dd2b5c1564d118f426c479413fbc8b1d",
    "fresh44_chats.jsonl": "7e925d98018e677f0bebf2ea8271f1940d8e9534737c51bd0d9c19dde2680c40",
    "fresh45_messages.jsonl": "db3d454748641e7a56b09ca69a2840d7bc1fb9a9c22747ab821b20f615213d7b",
    "fresh45_hard_messages.jsonl": "f635afea57251182a33ac9a70549ef36537e3db4e6550baedbec1d51f7875f17",
    "fresh45_chats.jsonl": "c534cbae8e6b6964ffffcf8ea5bb5a17090ebaefc69a44f54173b122e2d790a9",
    "fresh46_messages.jsonl": "def4bef76bf669047c80f413c1ea19d4052e99c3df44084217b16d40cee8d0e2",
    "fresh46_hard_messages.jsonl": "27357459d99a0df913960a12dde91bb2e361ddf0ff9c020b458cdaba82c253c4",
    "fresh46_chats.jsonl": "827aa8067002ed7a4f60e73415725efae88b20f3612d480b383f17516902ee70",
    "fresh47_messages.jsonl": "d6677902e5aef39b99b12e002b53b815cd72cf604074aa9c04337b88eea12916",
    "fresh47_hard_messages.jsonl": "75e500b0f582097e7582081b9e7f644b869d90f8cd5d32a0b9525a72a0aeec97",
    "fresh47_chats.jsonl": "0a2f9c4319a74c084c5e422e3a28de46d370babff6d258972e553b16a01a9ac7",
    "fresh48_messages.jsonl": "a222a2203778390745d5421e0913baaa344eba0c8f5a4bc6c5868bcd2a9ffd6d",
    "fresh48_hard_messages.jsonl": "c238b0223a139759cb1b14508daca3aa46ad4c5586342cdcbece11b4c9b80411",
    "fresh48_chats.jsonl": "eb92c3679701905a576da1b3370752559bb8592df9b9824f130fa4e1ff8f5ce5",
    "fresh49_messages.jsonl": "f5a474bb5093292b78dc3d7f19f9ba11052d42e8b0aebecd5b006ce277f0770b",
    "fresh49_hard_messages.jsonl": "0a17d13f0491c2543f1a4f538a738365afa39f9e0b7068dd506c4d86e4025a54",
    "fresh49_chats.jsonl": "ea0b36ef2434bfdbcff7d4ebc4a08f7f51b64614b4fa173bc30bfefc29817ee6",
    "fresh50_messages.jsonl": "3b958dae4fd0574581894dd672ed2459910a71d6b10c4c13a395eae8eac8073a",
    "fresh50_hard_messages.jsonl": "b9094e87704c80a56135bca7cde3e5a470b91a85d05c34d9a87398e8cd9ff24d",
    "fresh50_chats.jsonl": "9ad942ea722a5946fb386bf78105c576c76260704f791a0e3d992480d7bf6930",
    "fresh51_messages.jsonl": "72d8453ad54dc6837c4fce3ed61766ba692f7f1e2934b34c43f9b7f61f081b95",
    "fresh51_hard_messages.jsonl": "f093f87b75392eafa0cf276810b7530e648aefae6f9333e1c09678871c6b9f65",
    "fresh51_chats.jsonl": "dddb378e6277f790e81a2e04bf19ca8f6ad7e78e81515c9abced71108e051086",
    "fresh52_messages.jsonl": "c8376dc2e7864e44344938dfa03bea3e9c691e8d42a63dfd13c71bcbf4a65aa9",
    "fresh52_hard_messages.jsonl": "a23ecc4f741c912fc3d261330a0d43c7a3ef6ad9986fe2ed87a8bae1300dce8c",
    "fresh52_chats.jsonl": "28ed598aac14568a8b46ce149351530e2632fcac60cab87b3599813a2b86959d",
    "fresh53_messages.jsonl": "e72102d793d4a41a002982b08b0c061e78dfb43ac39b5d769562f0d51ba8ae86",
    "fresh53_hard_messages.jsonl": "bf177b30c4b26db3295c2f4aa2d76f698a1c16a549e8c650c1a5e6967e0f05fc",
    "fresh53_chats.jsonl": "4a3845dc66256a5fdbd276da857ffa169342ee344a77104502b86bea72178f32",
    "fresh54_messages.jsonl": "3c5b75af286b853dcd97714f86dafdb31cc08387e7a80e2f77b80c91711b4ef9",
    "fresh54_hard_messages.jsonl": "d22a787f4c22280add6bc8a6abaf9150f4c1f747e63435493e0d420371e23862",
    "fresh54_chats.jsonl": "4025c196964717e11d99e4204cef726dec2cac372207b8172ce7af3ea83ed53d",
    "fresh55_messages.jsonl": "6fd5f493d6d120b63d569434381ec3b4ba4ec7b0a7f4265c48bda16783df9a3d",
    "fresh55_hard_messages.jsonl": "d3aa1a7b9e1332856e477acb804664512b39a8b1967f3471a0f86e4fb8eada3f",
    "fresh55_chats.jsonl": "3f37c86a35419218bd9d58784c15c10e48de07bcb9306f47c6b6bbc0879cc526",
}
# file -> (lines, clean lines), as written
SIZES = {
    "fresh_messages.jsonl": (324, 106), "fresh_chats.jsonl": (55, 19), "fresh2_chats.jsonl": (48, 17),
    "fresh3_messages.jsonl": (302, 110), "fresh3_chats.jsonl": (51, 18),
    "fresh4_messages.jsonl": (297, 113), "fresh4_chats.jsonl": (54, 18),
    "fresh5_messages.jsonl": (303, 112), "fresh5_chats.jsonl": (58, 19),
    "fresh6_messages.jsonl": (302, 112), "fresh6_chats.jsonl": (57, 22),
    "fresh7_messages.jsonl": (276, 110), "fresh7_chats.jsonl": (51, 21),
    "fresh8_messages.jsonl": (300, 110), "fresh8_chats.jsonl": (55, 22),
    "fresh9_messages.jsonl": (300, 110), "fresh9_chats.jsonl": (55, 22),
    "fresh10_messages.jsonl": (300, 110), "fresh10_chats.jsonl": (55, 22), "fresh11_chats.jsonl": (55, 21),
    "fresh12_messages.jsonl": (300, 110), "fresh12_hard_messages.jsonl": (160, 60), "fresh12_chats.jsonl": (55, 21),
    "fresh13_messages.jsonl": (300, 110), "fresh13_hard_messages.jsonl": (160, 60), "fresh13_chats.jsonl": (55, 21),
    "fresh14_messages.jsonl": (300, 110), "fresh14_hard_messages.jsonl": (160, 60), "fresh14_chats.jsonl": (55, 21),
    "fresh15_messages.jsonl": (300, 110), "fresh15_hard_messages.jsonl": (160, 60), "fresh15_chats.jsonl": (55, 21),
    "fresh16_messages.jsonl": (300, 110), "fresh16_hard_messages.jsonl": (160, 60), "fresh16_chats.jsonl": (55, 21),
    "fresh17_messages.jsonl": (300, 110), "fresh17_hard_messages.jsonl": (160, 60), "fresh17_chats.jsonl": (55, 21),
    "fresh18_messages.jsonl": (300, 110), "fresh18_hard_messages.jsonl": (160, 60), "fresh18_chats.jsonl": (55, 21),
    "fresh19_messages.jsonl": (300, 110), "fresh19_hard_messages.jsonl": (160, 60), "fresh19_chats.jsonl": (55, 21),
    "fresh20_messages.jsonl": (300, 110), "fresh20_hard_messages.jsonl": (160, 60), "fresh20_chats.jsonl": (55, 21),
    "fresh21_messages.jsonl": (300, 110), "fresh21_hard_messages.jsonl": (172, 60), "fresh21_chats.jsonl": (55, 21),
    "fresh22_messages.jsonl": (300, 110), "fresh22_hard_messages.jsonl": (160, 60), "fresh22_chats.jsonl": (55, 21),
    "fresh23_messages.jsonl": (300, 110), "fresh23_hard_messages.jsonl": (160, 60), "fresh23_chats.jsonl": (55, 21),
    "fresh24_messages.jsonl": (300, 110), "fresh24_hard_messages.jsonl": (160, 60), "fresh24_chats.jsonl": (55, 21),
    "fresh25_messages.jsonl": (300, 110), "fresh25_hard_messages.jsonl": (160, 60), "fresh25_chats.jsonl": (55, 21),
    # fresh26: two writers wrote the same 13-character line independently; the second copy (f26-m298) was dropped
    "fresh26_messages.jsonl": (299, 110), "fresh26_hard_messages.jsonl": (160, 60), "fresh26_chats.jsonl": (55, 21),
    # fresh27: the two message writers each wrote three one- or two-character cold replies alike; the second copies
    # (f27-m155, f27-m173, f27-m208) were dropped; f27-m109 had the conversation id missing_emoji in ok_extra (removed)
    "fresh27_messages.jsonl": (297, 110), "fresh27_hard_messages.jsonl": (160, 60), "fresh27_chats.jsonl": (55, 21),
    # fresh28: a reply of punctuation or emoji alone the two message writers wrote alike; the second copy (f28-m172) was dropped; six
    # lines had the conversation id missing_emoji in ok_extra (f28-m040/m051/m070/m286/m291/m294: removed)
    "fresh28_messages.jsonl": (299, 110), "fresh28_hard_messages.jsonl": (160, 60), "fresh28_chats.jsonl": (55, 21),
    # fresh29: pinned as written (no duplicate inside the set; no conversation id in a message set's ok_extra)
    "fresh29_messages.jsonl": (300, 110), "fresh29_hard_messages.jsonl": (160, 60), "fresh29_chats.jsonl": (55, 21),
    # fresh30: the two message writers wrote five one- to three-character cold replies alike; the second writer's copies
    # (f30-m199/m224/m279/m280/m294) were rewritten blind by a third writer as other cold replies before pinning
    "fresh30_messages.jsonl": (300, 110), "fresh30_hard_messages.jsonl": (160, 60), "fresh30_chats.jsonl": (55, 21),
    # fresh31: the two message writers wrote one cold reply alike; the second writer's copy (f31-m258) was rewritten
    # blind by a third writer as another cold reply before pinning
    "fresh31_messages.jsonl": (300, 110), "fresh31_hard_messages.jsonl": (160, 60), "fresh31_chats.jsonl": (55, 21),
    # fresh32: the two message writers wrote four two- to four-character cold replies alike; the second writer's copies
    # (f32-m194/m196/m215/m241) were rewritten blind by a third writer as other cold replies before pinning
    "fresh32_messages.jsonl": (300, 110), "fresh32_hard_messages.jsonl": (160, 60), "fresh32_chats.jsonl": (55, 21),
    # fresh33: the two message writers wrote three two- to three-character cold replies alike; the second writer's copies
    # (f33-m196/m240/m245) were rewritten blind by a third writer as other cold replies (with content, no courtesy)
    "fresh33_messages.jsonl": (300, 110), "fresh33_hard_messages.jsonl": (160, 60), "fresh33_chats.jsonl": (55, 21),
    # fresh34: the two message writers wrote two short cold replies alike; the second writer's copies (f34-m187/m252)
    # were rewritten blind by a third writer as other cold replies (with content, no courtesy)
    "fresh34_messages.jsonl": (300, 110), "fresh34_hard_messages.jsonl": (160, 60), "fresh34_chats.jsonl": (55, 21),
    # fresh35: the two message writers wrote four short cold replies alike (a lone sticker, a bare ok, a bare "in stock",
    # a bare 嗯); the second writer's copies (f35-m156/m172/m223/m268) were rewritten blind by a third writer as other cold
    # replies (with content, no courtesy)
    "fresh35_messages.jsonl": (300, 110), "fresh35_hard_messages.jsonl": (160, 60), "fresh35_chats.jsonl": (55, 21),
    # fresh36: the two message writers wrote two one- to two-character cold replies alike; the second writer's copies
    # (f36-m207/m276) were rewritten blind by a third writer as other cold replies
    "fresh36_messages.jsonl": (300, 110), "fresh36_hard_messages.jsonl": (160, 60), "fresh36_chats.jsonl": (55, 21),
    # fresh37: the two message writers wrote three short cold replies alike; the second writer's copies
    # (f37-m174/m188/m249) were rewritten blind by a third writer as other cold replies
    "fresh37_messages.jsonl": (300, 110), "fresh37_hard_messages.jsonl": (160, 60), "fresh37_chats.jsonl": (55, 21),
    # fresh38: the two message writers wrote three short cold replies alike; the second writer's copies
    # (f38-m151/m173/m255) were rewritten blind by a third writer as other cold replies
    "fresh38_messages.jsonl": (300, 110), "fresh38_hard_messages.jsonl": (160, 60), "fresh38_chats.jsonl": (55, 21),
    # fresh39: the two message writers wrote two short cold replies alike; the second writer's copies
    # (f39-m202/m241) were rewritten blind by a third writer as other cold replies
    "fresh39_messages.jsonl": (300, 110), "fresh39_hard_messages.jsonl": (160, 60), "fresh39_chats.jsonl": (55, 21),
    # fresh40: the two message writers wrote three short cold replies alike; the second writer's copies
    # (f40-m199/m268/m293) were rewritten blind by a third writer as other cold replies
    "fresh40_messages.jsonl": (300, 110), "fresh40_hard_messages.jsonl": (160, 60), "fresh40_chats.jsonl": (55, 21),
    # fresh41: the two message writers wrote two short cold replies alike; the second writer's copies
    # (f41-m237/m269) were rewritten blind by a third writer as other cold replies
    "fresh41_messages.jsonl": (300, 110), "fresh41_hard_messages.jsonl": (160, 60), "fresh41_chats.jsonl": (55, 21),
    # fresh42: the two message writers wrote two short cold replies alike; the second writer's copies
    # (f42-m166/m204) were rewritten blind by a third writer as other cold replies
    "fresh42_messages.jsonl": (300, 110), "fresh42_hard_messages.jsonl": (160, 60), "fresh42_chats.jsonl": (55, 21),
    # fresh43: the two message writers wrote three short cold replies alike; the second writer's copies
    # (f43-m192/m269/m284) were rewritten blind by a third writer as other cold replies
    "fresh43_messages.jsonl": (300, 110), "fresh43_hard_messages.jsonl": (160, 60), "fresh43_chats.jsonl": (55, 21),
    # fresh44: the two message writers wrote four short cold replies alike and the hard writer two equal to message lines;
    # the second writer's copies (f44-m204/m237/m261/m298) and the hard writer's (f44-h004/h036) were rewritten blind by a
    # third writer as other cold replies
    "fresh44_messages.jsonl": (300, 110), "fresh44_hard_messages.jsonl": (160, 60), "fresh44_chats.jsonl": (55, 21),
    # fresh45: the two message writers wrote two short cold replies alike and the hard writer one equal to a message line;
    # the second writer's copies (f45-m167/m250) and the hard writer's (f45-h111) were rewritten blind by a third writer as
    # other cold replies
    "fresh45_messages.jsonl": (300, 110), "fresh45_hard_messages.jsonl": (160, 60), "fresh45_chats.jsonl": (55, 21),
    # fresh46: the two message writers wrote three short cold replies alike (one of them three times); the copies
    # (f46-m099/m154/m238/m259) were rewritten blind by a third writer as other cold replies
    "fresh46_messages.jsonl": (300, 110), "fresh46_hard_messages.jsonl": (160, 60), "fresh46_chats.jsonl": (55, 21),
    # fresh47: the two message writers wrote four short cold replies alike and the hard writer two equal to message lines;
    # the copies (f47-m076/m212/m267/m292) and the hard writer's (f47-h081/h137) were rewritten blind by a third and a fourth
    # writer as other cold replies
    "fresh47_messages.jsonl": (300, 110), "fresh47_hard_messages.jsonl": (160, 60), "fresh47_chats.jsonl": (55, 21),
    # fresh48: the second message writer wrote two short cold replies equal to the first writer's and the hard writer one
    # equal to a message line; the copies (f48-m225/m247) and the hard writer's (f48-h084) were rewritten blind by a third
    # writer as other cold replies
    "fresh48_messages.jsonl": (300, 110), "fresh48_hard_messages.jsonl": (160, 60), "fresh48_chats.jsonl": (55, 21),
    # fresh49: the two message writers wrote one short cold reply alike, the hard writer one twice and two equal to message
    # lines; the copies (f49-m246, f49-h151/h157) were rewritten blind by a third writer as other cold replies
    "fresh49_messages.jsonl": (300, 110), "fresh49_hard_messages.jsonl": (160, 60), "fresh49_chats.jsonl": (55, 21),
    # fresh50: the second message writer wrote one short cold reply equal to another of theirs and one equal to the first
    # writer's, the hard writer three equal to message lines; the copies (f50-m174/m292, f50-h034/h050/h132) were rewritten
    # blind by a third writer as other cold replies
    "fresh50_messages.jsonl": (300, 110), "fresh50_hard_messages.jsonl": (160, 60), "fresh50_chats.jsonl": (55, 21),
    # fresh51: the two message writers wrote twelve short cold replies equal to another line of the set or of an earlier
    # one; the copies (f51-m022/m042/m061/m078/m097/m122/m193/m196/m200/m225/m276/m294) were rewritten blind by a third
    # writer as other cold replies
    "fresh51_messages.jsonl": (300, 110), "fresh51_hard_messages.jsonl": (160, 60), "fresh51_chats.jsonl": (55, 21),
    # fresh52: the two message writers wrote fourteen short cold replies equal to another line of the set or of an earlier
    # one; the copies (f52-m062/m066/m085/m092/m098/m122/m145/m182/m201/m204/m214/m232/m233/m282) were rewritten blind by a
    # third writer as other cold replies; f52-m261, a clean stock sentence of 23 characters equal to a fresh3 line, was kept
    "fresh52_messages.jsonl": (300, 110), "fresh52_hard_messages.jsonl": (160, 60), "fresh52_chats.jsonl": (55, 21),
    # fresh53: the two message writers and the hard-set writer wrote eighteen short cold replies equal to another line of
    # the set or of an earlier one; the copies (f53-m003/m012/m024/m027/m028/m092/m102/m163/m169/m177/m235/m237/m244/m275
    # and f53-h006/h010/h112/h131) were rewritten blind by a third writer as other cold replies
    "fresh53_messages.jsonl": (300, 110), "fresh53_hard_messages.jsonl": (160, 60), "fresh53_chats.jsonl": (55, 21),
    # fresh54: the two message writers and the hard-set writer wrote twenty-three short lines equal to another line of the
    # set or of an earlier one (twenty-one cold replies, an impolite and a disparaging line; three pairs inside the set); the
    # copies (f54-m009/m039/m092/m098/m116/m144/m145/m159/m189/m202/m215/m220/m240/m268/m274/m276 and
    # f54-h009/h025/h051/h067/h122/h125/h128) were rewritten blind by a third writer as other lines of the same label
    "fresh54_messages.jsonl": (300, 110), "fresh54_hard_messages.jsonl": (160, 60), "fresh54_chats.jsonl": (55, 21),
    # fresh55: the two message writers and the hard-set writer wrote twenty-one short lines equal to another line of the set
    # or of an earlier one (nineteen cold replies, an impolite line and one disparaging the platform; four pairs inside the
    # set); the copies (f55-m065/m070/m078/m085/m099/m105/m112/m119/m149/m176/m197/m209/m213/m281/m288 and
    # f55-h010/h021/h075/h076/h141/h152) were rewritten blind by a third writer as other lines of the same label
    "fresh55_messages.jsonl": (300, 110), "fresh55_hard_messages.jsonl": (160, 60), "fresh55_chats.jsonl": (55, 21),
}
MESSAGES = sorted(n for n in PINNED if n.endswith("_messages.jsonl"))
CHATS = sorted(n for n in PINNED if n.endswith("_chats.jsonl"))
PACKS = {"jd", "taobao", "generic"}
ROLES = {"customer", "agent", "system"}
MESSAGE_FIELDS = {"id", "pack", "text", "expect", "ok_extra", "evasion"}
CHAT_FIELDS = {"id", "pack", "messages", "expect"}  # fresh2 has no ok_extra where it is empty
LABELS = ("expect", "ok_extra", "note")
ROW = re.compile(r"^\|\s*`([a-z_]+)`\s*\|", re.M)


def taxonomy_sections() -> dict[str, set[str]]:
    """Category ids per level, read from the table rows under each level heading."""
    out = {}
    for part in re.split(r"^## ", TAXONOMY.read_text(encoding="utf-8"), flags=re.M):
        head = part.split("\n", 1)[0].lower()
        if head.startswith("message level"):
            out["message"] = set(ROW.findall(part))
        elif head.startswith("conversation level"):
            out["conversation"] = set(ROW.findall(part))
    return out


def load(name: str) -> list[dict]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    assert all(line.strip() for line in lines), f"{name}: blank line"
    return [json.loads(line) for line in lines]


def check_labels(row: dict, expect_ids: set[str], extra_ids: set[str]) -> None:
    for key in ("expect", "ok_extra"):
        assert isinstance(row[key], list), (row["id"], key)
    assert not set(row["expect"]) - expect_ids, (row["id"], set(row["expect"]) - expect_ids)
    assert not set(row["ok_extra"]) - extra_ids, (row["id"], set(row["ok_extra"]) - extra_ids)
    assert not set(row["expect"]) & set(row["ok_extra"]), row["id"]


def test_taxonomy_parse_finds_both_levels():
    levels = taxonomy_sections()
    assert {"cold_reply", "induce_review", "forbidden_address"} <= levels["message"]
    assert {"unanswered", "forced_end", "followup_missed", "asked_to_repeat"} <= levels["conversation"]
    assert not levels["message"] & levels["conversation"]
    with pytest.raises(AssertionError):
        check_labels({"id": "x", "expect": ["no_such_category"], "ok_extra": []}, levels["message"], levels["message"])


def test_every_set_file_is_listed():
    assert {p.name for p in DATA.glob("fresh*_*.jsonl")} == set(PINNED) == set(SIZES)


@pytest.mark.parametrize("name", sorted(PINNED))
def test_file_is_pinned(name):
    digest = hashlib.sha256((DATA / name).read_bytes()).hexdigest()
    assert digest == PINNED[name], f"{name} changed: a frozen set must not be edited (write a new set instead)"


@pytest.mark.parametrize("name", MESSAGES)
def test_messages_lines_are_valid(name):
    levels = taxonomy_sections()
    rows = load(name)
    assert (len(rows), sum(not r["expect"] for r in rows)) == SIZES[name]
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert MESSAGE_FIELDS <= set(r), r.get("id")
        assert r["pack"] in PACKS, r["id"]
        assert isinstance(r["text"], str) and r["text"].strip(), r["id"]
        assert isinstance(r["evasion"], bool), r["id"]
        assert not (r["evasion"] and not r["expect"]), r["id"]
        check_labels(r, levels["message"], levels["message"])
    # a hard set (every positive without the usual words) is smaller and has no bare cold replies
    hard = "_hard_" in name
    per = {c: sum(c in r["expect"] for r in rows) for c in levels["message"] - ({"cold_reply"} if hard else set())}
    assert all(n >= (7 if hard else 10) for n in per.values()), per
    if hard:
        assert all(r["evasion"] for r in rows if r["expect"]), name


@pytest.mark.parametrize("name", CHATS)
def test_chats_lines_are_valid(name):
    levels = taxonomy_sections()
    rows = load(name)
    assert (len(rows), sum(not r["expect"] for r in rows)) == SIZES[name]
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert CHAT_FIELDS <= set(r), r.get("id")
        r.setdefault("ok_extra", [])
        assert r["pack"] in PACKS, r["id"]
        # a chat's ok_extra may name a message-level category it also shows
        check_labels(r, levels["conversation"], levels["conversation"] | levels["message"])
        stamps = []
        for m in r["messages"]:
            assert {"role", "text", "ts"} <= set(m), r["id"]
            assert m["role"] in ROLES and m["text"].strip(), r["id"]
            stamps.append(datetime.fromisoformat(m["ts"]))
        assert all(s.utcoffset() == timedelta(hours=8) for s in stamps), r["id"]
        assert stamps == sorted(stamps), r["id"]
        assert any(m["role"] == "agent" for m in r["messages"]), r["id"]
        conv = parse_conversation({k: v for k, v in r.items() if k not in LABELS}, r["id"])
        assert len(conv.messages) == len(r["messages"]), r["id"]
