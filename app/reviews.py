"""The curator's review of a school's report and the thread of remarks and replies under it.

The department marks a school's progress record «принято» or «на доработку» (one `Review` per record,
upserted) and leaves a remark (`Comment` with the verdict); the school answers with a `Comment` of its
own. Each side owns what it writes, so the exchange carries remarks to the school in the department's
bundle and replies back in the school's. A verdict stays as the curator left it until the curator reviews
again; what the school changed since is shown beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from sqlalchemy import func, literal_column, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.errors import InvalidInput
from app.i18n import QT_TRANSLATE_NOOP, fill, translate
from app.profile import ProfileInfo, ProfileStore
from app.roadmaps import find_activity
from app.schools import find_school
from app.timeutil import now
from db.base import DEPARTMENT_OWNER, OWNER_DEPARTMENT, OWNER_SCHOOL, derived_id
from db.models import REVIEW_STATES, Activity, ChangeLog, Comment, Evidence, Progress, Review

STATE_NAMES = {
    "accepted": QT_TRANSLATE_NOOP("Review", "принято"),
    "rework": QT_TRANSLATE_NOOP("Review", "на доработку"),
}


def review_state_name(state: str) -> str:
    """The verdict as people read it («на доработку»)."""
    return translate("Review", STATE_NAMES[state])


def review_id(progress_id: str) -> str:
    """One review per progress record, with the same key on every machine."""
    return derived_id("review", progress_id)


@dataclass(frozen=True)
class ReviewResult:
    school: str
    number: str
    title: str
    state: str
    # False when the same verdict was given again with nothing new: nothing will be sent.
    changed: bool


def _school_progress(session: Session, activity: Activity, school_id: str) -> Progress | None:
    return session.scalars(
        select(Progress).where(
            Progress.activity_id == activity.id,
            Progress.owner_kind == OWNER_SCHOOL,
            Progress.owner_school_id == school_id,
        )
    ).one_or_none()


def review_progress(
    store: ProfileStore,
    school: str,
    number: str,
    state: str,
    comment: str = "",
    roadmap_id: str | None = None,
    author: str = "",
) -> ReviewResult:
    """The department's verdict on a school's report of one activity, with an optional remark."""
    info = store.require("department")
    if state not in REVIEW_STATES:
        raise InvalidInput(fill(translate("Review", "Неизвестная отметка проверки: %1. Укажите «принято» или «на доработку»."), state))
    comment = (comment or "").strip()
    if state == "rework" and not comment:
        raise InvalidInput(translate(
            "Review", "Чтобы вернуть отчёт на доработку, напишите замечание: что школе доделать (--comment «…»)."
        ))
    who = (author or "").strip() or info.name
    with store.writing(actor=who) as session:
        found = find_school(session, school)
        # The school's view: the municipal roadmaps and, once it has sent it, the school's own.
        party = ProfileInfo(OWNER_SCHOOL, found.name, info.department_id, found.id)
        activity = find_activity(session, party, number, roadmap_id)
        record = _school_progress(session, activity, found.id)
        if record is None:
            raise InvalidInput(fill(
                translate("Review", "Школа «%1» ещё не прислала отчёт по мероприятию %2: проверять пока нечего. Отчёт придёт в пакете школы."),
                found.name, activity.number,
            ))
        review = session.get(Review, review_id(record.id))
        # The same verdict again, with no remark and no new report, is not news for the school.
        if (review is not None and not review.deleted and review.state == state and not comment
                and not _changed_since_review(session, {record.id: review})):
            return ReviewResult(found.name, activity.number, activity.title, state, changed=False)
        stamp = now()
        if review is None:
            review = Review(id=review_id(record.id), progress_id=record.id, school_id=found.id, **DEPARTMENT_OWNER)
            session.add(review)
        review.state, review.deleted, review.updated_at, review.updated_by = state, False, stamp, who
        # A second look is news for the school even when nothing but the moment differs (within one second).
        flag_modified(review, "updated_at")
        session.add(Comment(progress_id=record.id, school_id=found.id, verdict=state, text=comment, author=who,
                            created_at=stamp, **DEPARTMENT_OWNER))
        return ReviewResult(found.name, activity.number, activity.title, state, changed=True)


def reply(store: ProfileStore, number: str, text: str, roadmap_id: str | None = None, author: str = "") -> Comment:
    """The school's answer in the thread under its report of one activity."""
    info = store.require("school")
    text = (text or "").strip()
    if not text:
        raise InvalidInput(translate("Review", "Напишите текст ответа (--text «…»)."))
    who = (author or "").strip() or info.name
    with store.writing(actor=who) as session:
        activity = find_activity(session, info, number, roadmap_id)
        record = _school_progress(session, activity, info.school_id)
        if record is None:
            raise InvalidInput(fill(
                translate("Review", "По мероприятию %1 школа ещё ничего не отмечала — отвечать пока не на что. Сначала отметьте выполнение: orientir progress set %1 …"),
                activity.number,
            ))
        comment = Comment(progress_id=record.id, school_id=info.school_id, verdict=None, text=text, author=who,
                          created_at=now(), **info.owner)
        session.add(comment)
    return comment


def _comment_json(comment: Comment) -> dict:
    return {
        "author": comment.author,
        "text": comment.text,
        "verdict": comment.verdict,
        "created_at": comment.created_at.isoformat(),
        "from": OWNER_DEPARTMENT if comment.owner_kind == OWNER_DEPARTMENT else OWNER_SCHOOL,
    }


def _live_comments(session: Session, *conditions) -> list[Comment]:
    query = select(Comment).where(Comment.deleted.is_(False), *conditions)
    # Within one second, the order they were written or arrived in here.
    return list(session.scalars(query.order_by(Comment.created_at, literal_column("comment.rowid"))).all())


def thread(session: Session, progress_id: str) -> list[dict]:
    """The remarks and replies under one progress record, oldest first."""
    return [_comment_json(c) for c in _live_comments(session, Comment.progress_id == progress_id)]


@dataclass(frozen=True)
class SchoolThreads:
    """Every review and thread about one school's reports, loaded at once for a listing."""

    reviews: dict[str, Review]
    comments: dict[str, list[Comment]]
    # Reports changed on this computer after their verdict was given or received.
    changed_since: frozenset[str]

    def item_keys(self, record: Progress | None) -> dict:
        """The "review" and "comments" keys of a `progress show --json` item."""
        review = self.reviews.get(record.id) if record is not None else None
        comments = self.comments.get(record.id, []) if record is not None else []
        return {
            "review": {
                "state": review.state if review else None,
                "updated_at": review.updated_at.isoformat() if review else None,
                "by": review.updated_by if review else None,
                # The school changed its report after the verdict: the curator should look again.
                "updated_since_review": review is not None and record.id in self.changed_since,
            },
            "comments": [_comment_json(c) for c in comments],
        }


def _changed_since_review(session: Session, reviews: dict[str, Review]) -> frozenset[str]:
    """Reports whose last change (to the record or its evidence) came after their review, in this computer's
    own order of events.

    The change log's sequence is used, not the clocks: the school's and the department's computers
    rarely agree on the time, and both changes may fall within the same second.
    """
    if not reviews:
        return frozenset()
    report_of = {progress_id: progress_id for progress_id in reviews}
    report_of.update(session.execute(select(Evidence.id, Evidence.progress_id).where(Evidence.progress_id.in_(reviews))).all())
    ids = [*report_of, *(r.id for r in reviews.values())]
    last_change = dict(
        session.execute(
            select(ChangeLog.record_id, func.max(ChangeLog.seq)).where(ChangeLog.record_id.in_(ids)).group_by(ChangeLog.record_id)
        ).all()
    )
    report_changed: dict[str, int] = {}
    for record_id, progress_id in report_of.items():
        report_changed[progress_id] = max(report_changed.get(progress_id, 0), last_change.get(record_id, 0))
    return frozenset(
        progress_id for progress_id, review in reviews.items() if report_changed[progress_id] > last_change.get(review.id, 0)
    )


def school_threads(session: Session, school_id: str | None) -> SchoolThreads:
    """Reviews and comments addressed to a school (none for the department's own reports)."""
    if school_id is None:
        return SchoolThreads({}, {}, frozenset())
    reviews = {
        r.progress_id: r
        for r in session.scalars(select(Review).where(Review.school_id == school_id, Review.deleted.is_(False))).all()
    }
    comments: dict[str, list[Comment]] = {}
    for comment in _live_comments(session, Comment.school_id == school_id):
        comments.setdefault(comment.progress_id, []).append(comment)
    return SchoolThreads(reviews, comments, _changed_since_review(session, reviews))
