/// The GitHub Actions workflow `prr init` writes: `prr check` on pull
/// requests, `prr build` and a GitHub Pages deployment on the default branch.
///
/// prr is built from source (there is no released binary to download), with
/// the build cached between runs; `PRR_REPOSITORY` and `PRR_REF` say which.
enum GitHubWorkflow {
    static let text = #"""
        # Production readiness reviews: checked on every pull request, published on merge.
        # Written by `prr init`. prr is built from source and cached between runs:
        # point PRR_REPOSITORY at the prr repository your organisation uses.
        name: prr

        on:
          pull_request:
          push:
            branches: [main]
          workflow_dispatch:

        env:
          PRR_REPOSITORY: https://github.com/your-org/prr.git
          PRR_REF: main

        permissions:
          contents: read

        concurrency:
          group: prr-${{ github.ref }}
          cancel-in-progress: true

        jobs:
          check:
            if: github.event_name == 'pull_request'
            runs-on: ubuntu-latest
            container: swift:6.1-noble
            steps:
              - uses: actions/checkout@v4
              - name: Install libcmark and mimalloc
                run: apt-get update -qq && apt-get install -y -qq libcmark-dev libmimalloc-dev pkg-config git
              - name: Fetch prr
                run: git clone --depth 1 --branch "$PRR_REF" "$PRR_REPOSITORY" "$RUNNER_TEMP/prr"
              - uses: actions/cache@v4
                with:
                  path: ${{ runner.temp }}/prr/.build
                  key: prr-${{ runner.os }}-${{ env.PRR_REF }}
              - name: Build prr
                run: swift build -c release --product prr --package-path "$RUNNER_TEMP/prr"
              - name: prr check
                run: '"$RUNNER_TEMP/prr/.build/release/prr" check --format github'

          build:
            if: github.event_name != 'pull_request' && github.ref == format('refs/heads/{0}', github.event.repository.default_branch)
            runs-on: ubuntu-latest
            container: swift:6.1-noble
            steps:
              - uses: actions/checkout@v4
              - name: Install libcmark and mimalloc
                run: apt-get update -qq && apt-get install -y -qq libcmark-dev libmimalloc-dev pkg-config git
              - name: Fetch prr
                run: git clone --depth 1 --branch "$PRR_REF" "$PRR_REPOSITORY" "$RUNNER_TEMP/prr"
              - uses: actions/cache@v4
                with:
                  path: ${{ runner.temp }}/prr/.build
                  key: prr-${{ runner.os }}-${{ env.PRR_REF }}
              - name: Build prr
                run: swift build -c release --product prr --package-path "$RUNNER_TEMP/prr"
              - id: pages
                uses: actions/configure-pages@v5
              - name: prr build
                run: '"$RUNNER_TEMP/prr/.build/release/prr" build --base-url "${{ steps.pages.outputs.base_url }}/"'
              - uses: actions/upload-pages-artifact@v3
                with:
                  path: Output

          deploy:
            needs: build
            runs-on: ubuntu-latest
            permissions:
              pages: write
              id-token: write
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """#
}
