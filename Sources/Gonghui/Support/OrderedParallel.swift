import Foundation

/// Work on items 0..<count on several threads, consumed in item order on the calling thread.
///
/// Each thread gets its own state from `makeState` (a Pipeline: ICU iterators are not
/// thread-safe). At most `window` results wait to be consumed, so memory stays flat however
/// many items there are and however slow one of them is.
public enum OrderedParallel {
    public static func run<State, Result>(count: Int, jobs: Int, window: Int? = nil,
                                          makeState: @escaping @Sendable () -> State?,
                                          work: @escaping @Sendable (inout State, Int) -> Result,
                                          consume: (Int, Result) -> Void) {
        guard count > 0 else { return }
        let threads = max(1, min(jobs, count))
        let box = Slots<Result>(window: window ?? 4 * threads)
        let group = DispatchGroup()
        for _ in 0..<threads {
            group.enter()
            let thread = Thread {
                defer { group.leave() }
                guard var state = makeState() else {
                    box.fail()
                    return
                }
                while let k = box.claim(count) {
                    let r = work(&state, k)
                    box.put(k, r)
                }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        for k in 0..<count {
            guard let r = box.take(k) else { break }
            consume(k, r)
        }
        group.wait()
    }
}

/// Results by item index, with the claim counter and the window, behind one condition.
private final class Slots<Result>: @unchecked Sendable {
    private let condition = NSCondition()
    private var results: [Int: Result] = [:]
    private var next = 0
    private var consumed = 0
    private var failed = false
    let window: Int

    init(window: Int) { self.window = max(1, window) }

    /// The next item to work on, once it is within the window of the one being consumed.
    func claim(_ count: Int) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while next < count && next - consumed >= window && !failed { condition.wait() }
        guard next < count, !failed else { return nil }
        next += 1
        return next - 1
    }

    func put(_ k: Int, _ r: Result) {
        condition.lock()
        results[k] = r
        condition.broadcast()
        condition.unlock()
    }

    /// Item k's result (waiting for it); nil when a thread could not start.
    func take(_ k: Int) -> Result? {
        condition.lock()
        defer { condition.unlock() }
        while results[k] == nil && !failed { condition.wait() }
        guard let r = results.removeValue(forKey: k) else { return nil }
        consumed = k + 1
        condition.broadcast()
        return r
    }

    func fail() {
        condition.lock()
        failed = true
        condition.broadcast()
        condition.unlock()
    }
}
