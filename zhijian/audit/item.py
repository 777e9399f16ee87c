"""One need of the customer's that the conversation state tracks (``state.track``): a question, a request, a
problem or "I have more to ask", from the customer turn that opened it until an agent turn settles it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Item:
    turn: int  # the customer turn that opened it
    sentence: int  # index of the sentence in that turn
    act: str  # question / request / problem / more
    text: str
    closed_by: int | None = None  # the agent turn that answered it
    held_by: int | None = None  # the agent turn that said it would come back (hold)
    superseded: bool = False  # a "more" (我还有个问题) made concrete by the question that followed it
    skipped: bool = False  # open through an agent block that answered something else
    grievance: bool = False  # asked in anger (act complaint: 你们是不是都不核对的): any answer settles it
    promised: int | None = None  # the agent turn that asked for details and said it would then check
    added: bool = False  # put as a need of its own (另外… / 还有个事…: the pack's adds_need forms or another_need words)
    # what it shares with the customer's newer needs while it is held (这款 / 箱子): the thing asked about, not the check
    subject: set = field(default_factory=set)
    again: int | None = None  # the customer turn that last sent it again while it waited (算新客么 … 对 算新客么)
    withdrawn: int | None = None  # the customer turn that took it back by name before any answer (发票算了不用了)

    @property
    def open(self) -> bool:
        """Still waiting for the agent at the end of the chat."""
        return self.closed_by is None and not self.superseded and self.withdrawn is None
