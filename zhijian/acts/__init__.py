"""Dialogue acts: what each sentence of a chat turn does (see ``tagger.py``)."""

from .sentences import Span, is_question_clause, split_sentences
from .tagger import ACTS, ROLES, Cue, CueError, Cues, Sentence, Tagger, get_tagger, tag_turns

__all__ = ["ACTS", "ROLES", "Cue", "CueError", "Cues", "Sentence", "Span", "Tagger", "get_tagger",
           "is_question_clause", "split_sentences", "tag_turns"]
