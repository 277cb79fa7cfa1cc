//! One outbound scheduler for every message the bot sends, in place of teloxide's `Throttle`
//! (which releases sends in 250 ms rounds, first come first served). It keeps Telegram's limits
//! — a global rate (`TELEGRAM_MESSAGES_PER_SECOND`, 30 by default), one message a second per
//! private chat, twenty a minute per group — and serves lanes in order: **interactive** answers
//! first, then **scheduled pushes**, then **broadcasts**, so a push wave or a broadcast delays
//! a user's answer by at most the one send already granted. Below the budget a message leaves
//! at once; a permit is taken, never held during the HTTP call, so a slow or failing send (a
//! 5xx that teloxide sleeps 10 s on) holds up nobody else. A 429's `retry_after` pauses the lane
//! it hit.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use tokio::sync::{oneshot, Notify};
use tokio::time::Instant;

/// Who a message is for, most urgent first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lane {
    /// An answer to something a user just did.
    Interactive = 0,
    /// An answer to someone the bot had never seen (their first contact, see `intake`): in a
    /// burst of new users, the people already here are answered first.
    Newcomer = 1,
    /// Scheduled pushes (horoscopes, card of the day, expiry reminders).
    Push = 2,
    /// Broadcasts.
    Broadcast = 3,
    /// Paid broadcasts (`allow_paid_broadcast`): their own budget, Telegram's paid ceiling of
    /// 1,000 a second, so they never take from the free one answers use.
    PaidBroadcast = 4,
}

const LANES: usize = 5;
const PAID: usize = Lane::PaidBroadcast as usize;
/// How far down a lane's queue the scheduler looks for a chat that may send now.
const SCAN: usize = 512;

/// The limits the sender keeps.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub per_second: f64,
    /// The paid broadcast lane's own rate.
    pub paid_per_second: f64,
    /// Between two messages to one private chat; groups get `group_gap`.
    pub chat_gap: Duration,
    pub group_gap: Duration,
}

impl Limits {
    /// Telegram's: `per_second` overall, 1/s per chat, 20/min per group.
    pub fn telegram(per_second: u32) -> Limits {
        Limits {
            per_second: f64::from(per_second.max(1)),
            paid_per_second: crate::domain::broadcast::PAID_PER_SECOND as f64,
            chat_gap: Duration::from_secs(1),
            group_gap: Duration::from_secs(3),
        }
    }

    /// None to speak of (a fake server in tests and benchmarks).
    pub fn unlimited() -> Limits {
        Limits {
            per_second: 1e9,
            paid_per_second: 1e9,
            chat_gap: Duration::ZERO,
            group_gap: Duration::ZERO,
        }
    }
}

type Waiter = (i64, oneshot::Sender<()>);

struct State {
    limits: Limits,
    /// Free budget, and the paid broadcast lane's own.
    tokens: [f64; 2],
    refilled: Instant,
    /// When each chat may get its next message.
    chat_free_at: HashMap<i64, Instant>,
    queues: [VecDeque<Waiter>; LANES],
    paused_until: [Option<Instant>; LANES],
    granted: u64,
}

/// The bot's one sender (shared by every handler and job of the process).
pub struct Sender {
    state: Mutex<State>,
    wake: Notify,
}

impl std::fmt::Debug for Sender {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let s = self.lock();
        write!(
            f,
            "Sender({} queued)",
            s.queues.iter().map(VecDeque::len).sum::<usize>()
        )
    }
}

impl State {
    fn refill(&mut self, now: Instant) {
        let elapsed = now.saturating_duration_since(self.refilled).as_secs_f64();
        for (i, rate) in [self.limits.per_second, self.limits.paid_per_second]
            .into_iter()
            .enumerate()
        {
            self.tokens[i] = (self.tokens[i] + elapsed * rate).min(rate.max(1.0));
        }
        self.refilled = now;
    }

    /// Which budget a lane spends, and its rate.
    fn bucket(&self, lane: usize) -> (usize, f64) {
        if lane == PAID {
            (1, self.limits.paid_per_second)
        } else {
            (0, self.limits.per_second)
        }
    }

    fn gap(&self, chat: i64) -> Duration {
        if chat < 0 {
            self.limits.group_gap
        } else {
            self.limits.chat_gap
        }
    }

    fn open(&self, lane: usize, chat: i64, now: Instant) -> bool {
        self.tokens[self.bucket(lane).0] >= 1.0
            && self.paused_until[lane].is_none_or(|t| t <= now)
            && self.chat_free_at.get(&chat).is_none_or(|t| *t <= now)
    }

    fn take(&mut self, lane: usize, chat: i64, now: Instant) {
        let bucket = self.bucket(lane).0;
        self.tokens[bucket] -= 1.0;
        self.granted += 1;
        let gap = self.gap(chat);
        if !gap.is_zero() {
            self.chat_free_at.insert(chat, now + gap);
        }
    }

    /// Grants what may go now, lanes in order (a lower lane gets tokens only when no higher
    /// one has a chat ready); returns when to look again.
    fn grant(&mut self, now: Instant) -> Option<Instant> {
        self.refill(now);
        let mut next: Option<Instant> = None;
        let mut soonest = |t: Instant| next = Some(next.map_or(t, |n| n.min(t)));
        for lane in 0..LANES {
            if let Some(until) = self.paused_until[lane].filter(|t| *t > now) {
                if !self.queues[lane].is_empty() {
                    soonest(until);
                }
                continue;
            }
            let (bucket, rate) = self.bucket(lane);
            let mut i = 0;
            while i < self.queues[lane].len().min(SCAN) {
                if self.tokens[bucket] < 1.0 {
                    let wait = (1.0 - self.tokens[bucket]) / rate;
                    soonest(now + Duration::from_secs_f64(wait));
                    // The free budget is spent: lower free lanes wait too; the paid lane not.
                    break;
                }
                let chat = self.queues[lane][i].0;
                match self.chat_free_at.get(&chat).copied().filter(|t| *t > now) {
                    Some(free) => {
                        soonest(free);
                        i += 1;
                    }
                    None => {
                        let Some((chat, tx)) = self.queues[lane].remove(i) else {
                            break;
                        };
                        // A waiter that gave up (its task ended) costs nothing.
                        if tx.send(()).is_ok() {
                            self.take(lane, chat, now);
                        }
                    }
                }
            }
        }
        next
    }
}

impl Sender {
    pub fn new(limits: Limits) -> Arc<Sender> {
        let sender = Arc::new(Sender {
            state: Mutex::new(State {
                limits,
                tokens: [limits.per_second.max(1.0), limits.paid_per_second.max(1.0)],
                refilled: Instant::now(),
                chat_free_at: HashMap::new(),
                queues: Default::default(),
                paused_until: [None; LANES],
                granted: 0,
            }),
            wake: Notify::new(),
        });
        tokio::spawn(drive(Arc::downgrade(&sender)));
        sender
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Waits for the right to send one message to `chat` in `lane`; at once below the budget.
    pub async fn permit(&self, lane: Lane, chat: i64) {
        let rx = {
            let mut s = self.lock();
            let now = Instant::now();
            s.refill(now);
            let l = lane as usize;
            let ahead = s.queues[..=l].iter().any(|q| !q.is_empty());
            if !ahead && s.open(l, chat, now) {
                s.take(l, chat, now);
                return;
            }
            let (tx, rx) = oneshot::channel();
            s.queues[l].push_back((chat, tx));
            rx
        };
        self.wake.notify_one();
        let _ = rx.await;
    }

    /// A message that is only worth sending now (a draft, "typing…"): spends one from the
    /// free budget if it is there and no answer waits for it, else false. (It goes ahead of
    /// pushes and broadcasts, like the answer it belongs to.)
    pub fn try_now(&self) -> bool {
        let mut s = self.lock();
        let now = Instant::now();
        s.refill(now);
        if s.tokens[0] >= 1.0 && s.queues[Lane::Interactive as usize].is_empty() {
            s.tokens[0] -= 1.0;
            return true;
        }
        false
    }

    /// A granted message Telegram refused: the chat may have its next one at once.
    pub fn refund(&self, chat: i64) {
        self.lock().chat_free_at.remove(&chat);
        self.wake.notify_one();
    }

    /// Telegram answered 429: nothing more goes out in `lane` until `after` has passed.
    pub fn pause(&self, lane: Lane, after: Duration) {
        let until = Instant::now() + after;
        let mut s = self.lock();
        let slot = &mut s.paused_until[lane as usize];
        *slot = Some(slot.map_or(until, |t| t.max(until)));
        drop(s);
        self.wake.notify_one();
    }

    /// Messages waiting, per lane.
    pub fn queued(&self) -> [usize; LANES] {
        let s = self.lock();
        std::array::from_fn(|i| s.queues[i].len())
    }

    /// Drops the per-chat marks that have passed (called by the cleanup job).
    pub fn cleanup(&self) {
        let mut s = self.lock();
        let now = Instant::now();
        s.chat_free_at.retain(|_, t| *t > now);
        s.chat_free_at.shrink_to_fit();
    }
}

/// Grants queued permits as tokens and chats come free; ends once nothing else holds the
/// sender (it looks at least once a second).
async fn drive(sender: std::sync::Weak<Sender>) {
    let Some(s) = sender.upgrade() else { return };
    drop(sender);
    loop {
        let next = s.lock().grant(Instant::now());
        let wake = s.wake.notified();
        tokio::pin!(wake);
        // Registered before sleeping, so a permit queued meanwhile is not missed.
        wake.as_mut().enable();
        let idle = Instant::now() + Duration::from_secs(1);
        let at = next.map_or(idle, |t| t.min(idle));
        tokio::select! {
            () = tokio::time::sleep_until(at) => {}
            () = &mut wake => {}
        }
        if Arc::strong_count(&s) == 1 {
            return;
        }
    }
}

tokio::task_local! {
    static LANE: Lane;
}

/// Runs `work` with its messages in `lane` (pushes and broadcasts; answers are interactive).
pub async fn in_lane<F: std::future::Future>(lane: Lane, work: F) -> F::Output {
    LANE.scope(lane, work).await
}

/// The lane of the current task's messages.
pub fn current_lane() -> Lane {
    LANE.try_with(|l| *l).unwrap_or(Lane::Interactive)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn below_the_budget_a_message_leaves_at_once() {
        let s = Sender::new(Limits::telegram(30));
        let t = Instant::now();
        for chat in 1..=30 {
            s.permit(Lane::Interactive, chat).await;
        }
        assert_eq!(
            t.elapsed(),
            Duration::ZERO,
            "30 chats, one message each: no wait"
        );
        s.permit(Lane::Interactive, 31).await;
        assert!(
            t.elapsed() <= Duration::from_millis(40),
            "{:?}",
            t.elapsed()
        );
    }

    #[tokio::test(start_paused = true)]
    async fn one_message_a_second_per_chat_and_the_global_rate_hold() {
        let s = Sender::new(Limits::telegram(30));
        let t = Instant::now();
        for _ in 0..3 {
            s.permit(Lane::Interactive, 7).await;
        }
        assert_eq!(
            t.elapsed(),
            Duration::from_secs(2),
            "three to one chat: 0 s, 1 s, 2 s"
        );
        let t = Instant::now();
        for chat in 100..190 {
            s.permit(Lane::Broadcast, chat).await;
        }
        let took = t.elapsed().as_secs_f64();
        assert!((1.9..=3.1).contains(&took), "90 messages at 30/s: {took} s");
    }

    #[tokio::test(start_paused = true)]
    async fn a_refused_message_gives_its_chat_second_back() {
        let s = Sender::new(Limits::telegram(30));
        s.permit(Lane::Interactive, 7).await;
        s.refund(7);
        let at = Instant::now();
        s.permit(Lane::Interactive, 7).await;
        assert!(
            at.elapsed() < Duration::from_millis(50),
            "{:?}",
            at.elapsed()
        );
        let at = Instant::now();
        s.permit(Lane::Interactive, 7).await;
        assert!(
            at.elapsed() >= Duration::from_millis(900),
            "granted and kept: the second counts"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn answers_go_before_a_broadcast_already_queued() {
        let s = Sender::new(Limits::telegram(30));
        // Spend the budget, then queue a broadcast wave of 300.
        for chat in 1..=30 {
            s.permit(Lane::Broadcast, chat).await;
        }
        let mut wave = Vec::new();
        for chat in 1000..1300 {
            let s = Arc::clone(&s);
            wave.push(tokio::spawn(async move {
                s.permit(Lane::Broadcast, chat).await
            }));
        }
        tokio::task::yield_now().await;
        let t = Instant::now();
        s.permit(Lane::Interactive, 5_000).await;
        assert!(
            t.elapsed() <= Duration::from_millis(40),
            "the answer waited {:?} behind 300 broadcast messages",
            t.elapsed()
        );
        for w in wave {
            w.await.unwrap();
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_429_pauses_its_lane_only() {
        let s = Sender::new(Limits::telegram(30));
        s.pause(Lane::Broadcast, Duration::from_secs(5));
        let t = Instant::now();
        s.permit(Lane::Interactive, 1).await;
        assert_eq!(t.elapsed(), Duration::ZERO);
        s.permit(Lane::Broadcast, 2).await;
        assert_eq!(t.elapsed(), Duration::from_secs(5));
    }

    #[tokio::test(start_paused = true)]
    async fn a_paid_broadcast_has_its_own_budget() {
        let s = Sender::new(Limits::telegram(30));
        for chat in 1..=30 {
            s.permit(Lane::Interactive, chat).await;
        }
        let t = Instant::now();
        for chat in 100..600 {
            s.permit(Lane::PaidBroadcast, chat).await;
        }
        assert!(
            t.elapsed() <= Duration::from_millis(10),
            "500 paid at 1,000/s: {:?}",
            t.elapsed()
        );
        // The free budget was not touched by them: it refills for answers as before.
        s.permit(Lane::Interactive, 9_999).await;
        assert!(
            t.elapsed() <= Duration::from_millis(50),
            "{:?}",
            t.elapsed()
        );
    }
}
