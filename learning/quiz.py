"""Self-check quizzes answered through a plain GET form.

The reader's answers travel in the URL of their own request and are graded for that
response only: nothing is stored, and no JavaScript is needed.
"""

from dataclasses import dataclass, field


@dataclass
class Choice:
    index: int
    text: str
    correct: bool
    feedback: str
    selected: bool = False


@dataclass
class Question:
    name: str  # the GET parameter of this question
    text: str
    choices: list
    selected: Choice | None = None

    @property
    def is_correct(self):
        return self.selected is not None and self.selected.correct


@dataclass
class Quiz:
    anchor: str
    title: str
    questions: list = field(default_factory=list)

    @property
    def answered(self):
        return [q for q in self.questions if q.selected is not None]

    @property
    def score(self):
        return sum(1 for q in self.questions if q.is_correct)


def grade(value, number, params):
    """Build quiz ``number`` (1-based on its page) with the reader's answers in ``params``."""
    quiz = Quiz(anchor=f"quiz-{number}", title=value["title"])
    for q_index, question in enumerate(value["questions"]):
        name = f"quiz{number}-{q_index + 1}"
        choices = [
            Choice(index=i, text=c["text"], correct=bool(c["correct"]), feedback=c["feedback"])
            for i, c in enumerate(question["choices"])
        ]
        item = Question(name=name, text=question["question"], choices=choices)
        raw = params.get(name, "")
        if raw.isdigit() and int(raw) < len(choices):
            item.selected = choices[int(raw)]
            item.selected.selected = True
        quiz.questions.append(item)
    return quiz
