@_exported import IMAPProtocol
