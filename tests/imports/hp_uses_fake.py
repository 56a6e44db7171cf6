import hp_fake
from hp_fake import answer
RESULT = (hp_fake.answer, answer)
