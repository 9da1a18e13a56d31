import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { resolve } from 'node:path'

// Built into the gateway's classpath (META-INF/resources), which Quarkus serves as static files.
// Four pages: the staff app (login), the hall's calling screen, the applicant's rating page (public) and the
// applicant's own page (the service guide public; pre-reviews, cases and certificates after an applicant's login).
export default defineConfig({
  plugins: [vue()],
  base: '/',
  build: {
    outDir: resolve(__dirname, '../../../target/classes/META-INF/resources'),
    emptyOutDir: false,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: {
        index: resolve(__dirname, 'index.html'),
        display: resolve(__dirname, 'display.html'),
        rate: resolve(__dirname, 'rate.html'),
        applicant: resolve(__dirname, 'applicant.html'),
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.js'],
  },
})
