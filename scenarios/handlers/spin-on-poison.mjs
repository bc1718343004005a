// Never returns when it meets a poison message: only the real-time kill switch can stop it, and the run
// must record a timeout rather than hang (scenario spec §3).
export function handler(event) {
  for (const records of Object.values(event.records)) {
    for (const record of records) {
      const value = JSON.parse(Buffer.from(record.value, 'base64').toString('utf8'));
      if (value.type === 'poison') {
        console.log(`spinning on offset ${record.offset}`);
        for (;;) {
          // busy loop on purpose
        }
      }
    }
  }
  return 'done';
}
