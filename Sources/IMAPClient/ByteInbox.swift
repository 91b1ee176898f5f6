import NIOConcurrencyHelpers
import NIOCore

/// The bytes a connection receives, handed from the channel's event loop to the task that reads
/// them: one reader waits at a time, with a deadline.
final class ByteInbox: @unchecked Sendable {
  enum Item {
    case bytes([UInt8])
    case closed(IMAPError)
  }

  private let lock = NIOLock()
  private var queue: [Item] = []
  private var waiter: CheckedContinuation<Item, Never>?
  private var timer: Scheduled<Void>?
  /// Which wait the timer belongs to (a timer that fires late must not end a later wait).
  private var generation = 0

  func deliver(_ item: Item) {
    let waiting: CheckedContinuation<Item, Never>? = lock.withLock {
      if let waiter {
        self.waiter = nil
        timer?.cancel()
        timer = nil
        return waiter
      }
      // After the connection ends nothing more is kept.
      if case .closed = queue.last { return nil }
      queue.append(item)
      return nil
    }
    waiting?.resume(returning: item)
  }

  /// The next item, or `.closed(timeout)` when none comes within `timeout`.
  func next(timeout: TimeAmount, on loop: any EventLoop) async -> Item {
    await withCheckedContinuation { (continuation: CheckedContinuation<Item, Never>) in
      let ready: Item? = lock.withLock {
        if !queue.isEmpty {
          let item = queue.removeFirst()
          // A closed connection stays closed for every later reader.
          if case .closed = item { queue.insert(item, at: 0) }
          return item
        }
        waiter = continuation
        generation += 1
        let mine = generation
        timer = loop.scheduleTask(in: timeout) { [weak self] in
          self?.expire(mine, after: timeout)
        }
        return nil
      }
      if let ready { continuation.resume(returning: ready) }
    }
  }

  private func expire(_ wait: Int, after timeout: TimeAmount) {
    let waiting: CheckedContinuation<Item, Never>? = lock.withLock {
      guard wait == generation else { return nil }
      defer {
        waiter = nil
        timer = nil
      }
      return waiter
    }
    waiting?.resume(
      returning: .closed(IMAPError(.timeout, "no answer within \(timeout.nanoseconds / 1_000_000_000) s")))
  }
}

/// The channel handler that passes what arrives to a ``ByteInbox``.
final class InboxHandler: ChannelInboundHandler, @unchecked Sendable {
  typealias InboundIn = ByteBuffer
  let inbox: ByteInbox

  init(_ inbox: ByteInbox) { self.inbox = inbox }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    var buffer = unwrapInboundIn(data)
    inbox.deliver(.bytes(buffer.readBytes(length: buffer.readableBytes) ?? []))
  }

  func channelInactive(context: ChannelHandlerContext) {
    inbox.deliver(.closed(IMAPError(.connection, "the server closed the connection")))
    context.fireChannelInactive()
  }

  func errorCaught(context: ChannelHandlerContext, error: any Error) {
    let kind: IMAPError.Kind = "\(type(of: error))".contains("SSL") ? .tls : .connection
    inbox.deliver(.closed(IMAPError(kind, "\(error)")))
    context.close(promise: nil)
  }
}
